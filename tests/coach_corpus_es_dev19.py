# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""Spanish development batch 19 (4 December 2026, round 22, the round's check set, seen by figures only while the lanes worked): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: spouses, siblings and grown children: absolutes most, then sarcasm, blame and hearsay. 9 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV19_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main cdd2c5a, rules and model 0.93 (84/90; the rules alone 73/90): clean 6/7, absolute 14/18, sarcasm 12/13, every other kind full; good 0/44 (0.0%; the rules alone 0), traps 1/42 (2.4%; the rules alone 0).

At merge, before it was trained on: with main bfd6408, rules and model 0.97 (87/90; the rules alone 77/90): clean 6/7, absolute 17/18, sarcasm 12/13, every other kind full; good 0/44 (0.0%; the rules alone 0), traps 1/42 (2.4%; the rules alone 0).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV19_FLAG: list[tuple[str, set[str]]] = [
    (
        "Te amo con toda mi alma, Rodrigo, pero siempre que tomas terminas gritandole a los niños.",
        {"absolute"},
    ),
    (
        "Mi amor, nunca llegas a la hora que dices, ni un solo viernes desde que empezaste con el tequila.",
        {"absolute"},
    ),
    (
        "Hermanito te quiero un monton, pero cada vez que te presto plata se esfuma en una semana.",
        {"absolute"},
    ),
    ("Papá, usted jamás cumple lo que promete, y ya ni los nietos le creen.", {"absolute"}),
    (
        "Vos nunca me escuchás cuando te hablo de las pastillas, te das vuelta y te vas al balcón.",
        {"absolute"},
    ),
    (
        "Eres mi hermana y te adoro, pero todo el tiempo estás mintiendo sobre a dónde vas.",
        {"absolute"},
    ),
    (
        "Mamá, ni una sola vez en estos tres años fuiste a un acto del colegio de Sofi sin oler a vino.",
        {"absolute"},
    ),
    ("No hay un domingo en que no llegues crudo a la comida en casa de tu mamá.", {"absolute"}),
    ("Te quiero Javi pero contigo siempre es lo mismo, prometes y prometes y nada.", {"absolute"}),
    (
        "Te conozco desde la prepa y te quiero, pero hoy en dia nada de lo que dices es verdad.",
        {"absolute"},
    ),
    (
        "Mi vida, tu nunca estas cuando te necesito, xq siempre andas con los del barrio fumando.",
        {"absolute"},
    ),
    (
        "Hijo, todos los fines de semana es la misma historia: sales el viernes y no sé nada de ti hasta el lunes.",
        {"absolute"},
    ),
    (
        "Amor, te amo, pero jamás me has pedido perdón por nada de lo que pasó en Acapulco.",
        {"absolute"},
    ),
    ("Siempre tenés una excusa, Nico: el laburo, el estrés, tu viejo, siempre algo.", {"absolute"}),
    (
        "En veinte años de casados no te he visto pasar una sola navidad sin emborracharte.",
        {"absolute"},
    ),
    (
        "Hermano, constantemente le estás pidiendo plata a mi mamá y nunca se la devuelves.",
        {"absolute"},
    ),
    (
        "Muchas gracias por llegar borracho a mi graduación, de verdad fue el mejor regalo.",
        {"sarcasm"},
    ),
    (
        "Bravo papá, el abuelo del año, dormido en el sillón con la botella mientras cuidabas a Mateo.",
        {"sarcasm"},
    ),
    (
        "Qué lindo detalle el tuyo de empeñar la cadena de mi abuela para comprar tus cositas.",
        {"sarcasm"},
    ),
    (
        "Felicidades hermanita, lograste que te echaran de tu tercer trabajo en un año, todo un récord.",
        {"sarcasm"},
    ),
    (
        "Estás 'bien', claro, tan 'bien' que te caíste de la escalera el martes y ni te acuerdas.",
        {"sarcasm"},
    ),
    (
        "Qué buen ejemplo le diste a tu hijo cuando te vio aspirando en el baño de la casa, un orgullo.",
        {"sarcasm"},
    ),
    (
        "Genial lo del cumple de la Cata, che, apareciste a las once de la noche pasado de rosca. Aplausos.",
        {"sarcasm"},
    ),
    (
        "Todo un caballero mi marido, vomitando en el carro de mi jefa después de la cena de la empresa.",
        {"sarcasm"},
    ),
    ("Gracias x las noches en vela, mamá, q haría yo sin tus sorpresas de las 3am.", {"sarcasm"}),
    (
        "Te luciste en la boda de tu prima, de verdad, el brindis más memorable que ha visto la familia.",
        {"sarcasm"},
    ),
    ("Qué maravilla de hermano mayor, enseñándole a Kevin a armar porros a los 14.", {"sarcasm"}),
    (
        "Ay sí, muy responsable vos, manejando con los chicos atrás después de seis birras.",
        {"sarcasm"},
    ),
    (
        "Por tu culpa Andrea dejó la universidad, tuvo que ponerse a trabajar para pagar tus deudas.",
        {"blame"},
    ),
    ("Tú eres la razón por la que mi mamá está enferma de los nervios.", {"blame"}),
    ("Preferiste la coca antes que a tus propios hijos, eso lo elegiste tú solito.", {"blame"}),
    (
        "Después de todo lo que hice por vos, de pagarte el alquiler dos años, ¿así me pagás?",
        {"blame"},
    ),
    ("Arruinaste nuestro matrimonio, Felipe, y lo sabes.", {"blame"}),
    ("¿Cómo pudiste robarle a tu propia abuela el dinero de sus medicinas?", {"blame"}),
    ("Mira lo que le hiciste a esta familia, ya ni nos hablamos en navidad.", {"blame"}),
    ("Lo de la casa embargada es responsabilidad tuya y de nadie más.", {"blame"}),
    ("Yo perdí mi trabajo en el hospital por estar cuidándote, eso fue cosa tuya.", {"blame"}),
    ("Si papá tuvo el infarto fue por los disgustos que le diste con la droga.", {"blame"}),
    ("Nos hiciste esto a todos, mija, a tu papá, a tus hermanos y a mí.", {"blame"}),
    ("Me quitaste los mejores años de mi vida con tus borracheras.", {"blame"}),
    (
        "La vecina, doña Marta, me contó que te vio tirado afuera del Oxxo a las seis de la mañana.",
        {"hearsay"},
    ),
    ("Me dijeron en la iglesia que andas otra vez con los mismos amigos de antes.", {"hearsay"}),
    ("Según tu prima Lucía, en la fiesta de fin de año te metiste algo en el baño.", {"hearsay"}),
    ("Escuché que te echaron del gimnasio por pelearte con el entrenador.", {"hearsay"}),
    (
        "Parece que el sábado terminaste en la comisaría, eso me comentó tu compadre Chucho.",
        {"hearsay"},
    ),
    (
        "La maestra de Valentina me dijo que la niña cuenta en clase que su papá duerme todo el día.",
        {"hearsay"},
    ),
    (
        "Me enteré por los comentarios de tus amigos en Facebook que estuviste de fiesta tres días seguidos.",
        {"hearsay"},
    ),
    (
        "Tu hermano Óscar me escribió que le pediste plata para 'una medicina' y era para pastillas.",
        {"hearsay"},
    ),
    ("Me duele decirlo, pero te has convertido en un borracho, Ernesto.", {"label"}),
    ("Mi hermano es un adicto y ya no lo reconozco.", {"label"}),
    ("No quiero que mis hijos crezcan con una madre drogadicta.", {"label"}),
    ("Pareces un tecato más de los que duermen en la plaza de Río Piedras.", {"label"}),
    ("Eres un alcohólico, papá, y ya es hora de decirlo en voz alta.", {"label"}),
    ("Quiero verte limpio para cuando nazca el bebé.", {"clean"}),
    (
        "El examen del trabajo te salió sucio, Ramiro, y aun así me juraste que no habías fumado.",
        {"clean"},
    ),
    ("Necesito que te mantengas limpia aunque sea por los niños.", {"clean"}),
    (
        "¿Cuánto tiempo llevas limpio de verdad? porque yo no te creo los meses que dices.",
        {"clean"},
    ),
    ("Cuando estabas limpio eras otro, eras el Beto que yo conocí.", {"clean"}),
    ("Me da vergüenza verte así, das pena.", {"insult"}),
    ("Eres una vergüenza para el apellido Salazar.", {"insult"}),
    ("¿Qué clase de madre deja a su bebé sola para ir a buscar droga?", {"insult"}),
    ("Me das asco cuando llegas así, todo vomitado.", {"insult"}),
    ("Sos un inútil, Martín, no servís ni para cuidar a tu perro.", {"insult"}),
    ("Todos en la familia pensamos que eres un egoísta.", {"insult", "we"}),
    ("Estamos todos hartos de tus mentiras.", {"we"}),
    ("Toda la familia está de acuerdo en que tus promesas ya no valen.", {"we"}),
    ("Tus hermanos y yo creemos que lo que te importa es la botella y ya.", {"we"}),
    ("Aquí en la casa todos sentimos que ya no eres parte de nosotros.", {"we"}),
    ("O te internas o te largas de esta casa, tú escoges.", {"threat"}),
    ("Te juro que si no vas hoy le cuento todo a tu jefe y te quedas sin trabajo.", {"threat"}),
    (
        "Última oportunidad, Daniel: o el centro de rehabilitación o los papeles del divorcio mañana mismo.",
        {"threat"},
    ),
    ("Creo que eres un narcisista, solo piensas en ti.", {"diagnosis"}),
    ("Estás en negación total, hermana.", {"diagnosis"}),
    ("Mamá, vos sos bipolar, un día estás feliz y al otro nos gritás a todos.", {"diagnosis"}),
    ("Lo tuyo ya es un trastorno de personalidad, no es solo el trago.", {"diagnosis"}),
    ("Claramente estás deprimido, Luis, y te automedicas con el alcohol.", {"diagnosis"}),
    ("Siempre fuiste un drogadicto egoísta, desde los quince.", {"absolute", "insult", "label"}),
    (
        "Tu suegra dice que nunca le devolviste ni un peso de lo que te prestó.",
        {"absolute", "hearsay"},
    ),
    ("Eres una borracha y una vergüenza, Claudia.", {"insult", "label"}),
    ("Tus hermanos y yo estamos convencidos de que estás en negación.", {"diagnosis", "we"}),
    ("Felicidades, ya volviste a salir sucio en el antidoping, qué logro.", {"clean", "sarcasm"}),
    ("O te limpias de una vez o te olvidas de nosotros.", {"clean", "threat"}),
]

DEV19_GOOD: list[str] = [
    "Papá, todavía me acuerdo de cuando me enseñaste a andar en bici en Chapultepec.",
    "Mi amor, te escribo esta carta porque te amo y porque quiero recuperar al hombre con el que me casé.",
    "Hermana, extraño nuestras llamadas de los domingos en la noche.",
    "Me acuerdo de tu risa en la playa de Cartagena cuando se nos voló la carpa.",
    "Hijo, me he dado cuenta de que estás más flaco y que casi no comes, y eso me asusta.",
    "Ultimamente te veo cansado, con los ojos rojos, y me preocupo mucho por ti.",
    "Te pido que aceptes la ayuda que hoy te estamos ofreciendo.",
    "Hay una cama esperándote en una clínica en Cuernavaca y puedes ir hoy mismo.",
    "Yo quiero que mis hijos conozcan al abuelo que me crió a mí.",
    "Cuando te veo dormido en el sillón a las tres de la tarde siento miedo de perderte.",
    "Vos me enseñaste a hacer asado, a tomar mate amargo y a no rendirme.",
    "Me dolió mucho cuando no llegaste al bautizo de Emilia, te estuve esperando en la puerta.",
    "Eres el hermano que me defendía en el colegio y quiero devolverte ese cariño.",
    "Te extraño, ma. Extraño tus arepas y tus chistes malos.",
    "Me da mucho miedo que un día me llamen del hospital.",
    "Quiero envejecer contigo, Toño, y quiero que sea con el Toño de antes.",
    "La semana pasada te vi temblar cuando intentabas servir el café y se me partió el corazón.",
    "Te admiro por todo lo que construiste con tu taller en Maracaibo.",
    "Yo no sé cómo ayudarte solo, por eso busqué a estas personas.",
    "Quiero que vuelvas a ser parte de nuestras vidas, no como visita sino de verdad.",
    "Me acuerdo de cuando me llevabas al estadio a ver al Colo-Colo y gritábamos los goles abrazados.",
    "Te pido por favor que digas que sí hoy.",
    "Estoy aquí porque te quiero, no para juzgarte.",
    "Me siento sola en las noches cuando no llegas y no contestas el celular.",
    "Abuelo, usted me enseñó a rezar y a sembrar tomates, y hoy yo rezo por usted.",
    "Cuando nació Lucía lloraste más que yo; ese es el hombre que quiero de vuelta.",
    "Hace un mes encontré las botellas escondidas en el cuarto de lavado y no supe qué decirte.",
    "Voy a ir a visitarte a la clínica los fines de semana que me dejen.",
    "Manito, eres mi mejor amigo desde que teníamos cinco años.",
    "Cuando me operaron de la rodilla tú me cuidaste dos semanas, eso no se me olvida.",
    "Quiero que mi hija tenga a su tía en sus quince años.",
    "Tengo miedo, y te lo digo con el corazón en la mano.",
    "tqm hermano, x favor acepta ir, yo te acompaño hasta la puerta",
    "En marzo te vi manejar después de la fiesta de la oficina y pasé la noche sin dormir.",
    "Eres una mujer inteligente, divertida y valiente, y te necesito.",
    "Te escribo desde Houston con el corazón apretado, ojalá pudiera estar ahí sentado junto a ti.",
    "Papi, yo quiero que tú me lleves al altar cuando me case.",
    "El tratamiento dura 28 días y los niños y yo te vamos a esperar.",
    "Me acuerdo de los tamales que hacíamos juntos en diciembre en casa de tu mamá.",
    "Cuando te vi en la cocina a las cinco de la mañana buscando la botella, no te reconocí.",
    "Yo te quiero ver bien, ver sano, ver feliz.",
    "Compa, llevamos 12 años trabajando juntos en la planta y me importas mucho.",
    "Hija, quiero volver a tomar café contigo en la terraza sin tener miedo.",
    "Mi pana, desde que te mudaste a Bayamón te siento lejos, y te quiero cerca otra vez.",
]

DEV19_TRAPS: list[str] = [
    "Mi tío Raúl era un borracho y murió solo en Tijuana; no quiero eso para ti.",
    "Yo fui adicta a la cocaína siete años y sé lo que se siente.",
    "Para mí no eres un drogadicto, eres mi hermano.",
    "La noche que me dijiste llorando 'soy un borracho, Vero, ayúdame', supe que todavía estabas ahí.",
    "Felicidades otra vez por tus 60 días sin tomar en diciembre, yo estaba tan orgullosa de ti.",
    "Siempre íbamos a Viña del Mar en febrero, ¿te acuerdas?",
    "Tu doctor nos explicó que tu hígado está dañado, y eso me tiene muy asustada.",
    "Mateo es adicto a los videojuegos igual que lo eras tú de chico, y te extraña para jugar.",
    "Ayer limpié el garaje y encontré tu bici vieja.",
    "Tenemos la casa limpia y tu cuarto listo para cuando regreses.",
    "Nunca dejo de esperar que vuelvas a ser tú.",
    "Siempre fuiste el mejor cocinero de la familia.",
    "Todos los veranos íbamos al río en Chiapas y tú nos enseñabas a nadar.",
    "Nosotros te amamos y estamos aquí contigo.",
    "Toda la familia vino hoy porque te queremos.",
    "Mi papá era alcohólico y yo crecí con miedo; no quiero que nuestros hijos crezcan así.",
    "Qué bueno que terminaste el curso de soldadura, de verdad estoy orgullosa.",
    "Gracias por estar aquí sentado escuchándome, sé que no es fácil.",
    "Tu psiquiatra te diagnosticó depresión el año pasado y yo quiero que sigas ese tratamiento también.",
    "En mi grupo de Al-Anon me dicen que cuide de mí, y eso estoy aprendiendo.",
    "Mi terapeuta me dijo que te escribiera esta carta con amor, y eso intento.",
    "Somos tu familia y siempre lo seremos.",
    "Yo también tomaba de más en la universidad, así que no te hablo desde arriba.",
    "No es tu culpa estar enfermo, pero sí es tu decisión aceptar la ayuda.",
    "Nunca me voy a cansar de luchar por ti.",
    "Cada vez que veo tu foto de la boda, sonrío.",
    "Tu sobrino pregunta por vos cada vez que jugamos a la pelota.",
    "Hacíamos maratones de películas de terror y siempre nos quedábamos dormidos antes del final jaja.",
    "Mamá siempre cuenta que el doctor dijo que eras un milagro cuando naciste.",
    "No estoy aquí para decirte que eres un mal padre, porque no lo eres.",
    "Tu abuela decía que eras el nieto más cariñoso de todos, y yo sé que ese muchacho sigue ahí.",
    "Mi amiga Rosa fue alcohólica y hoy lleva once años sobria, sí se puede.",
    "Te felicito de corazón por haber vuelto a la escuela nocturna.",
    "Nunca olvidaré el día que nació nuestra hija y me tomaste de la mano.",
    "Dejé de fumar hace tres años y fue lo más difícil que he hecho, así que sé que cuesta.",
    "Yo no creo que estés loco ni que seas malo, creo que estás sufriendo.",
    "Limpiamos juntos la casa de tu mamá cuando se fue a Lima, y fue un día lindo.",
    "Nosotros siempre vamos a estar para ti, hermano.",
    "Si hoy me preguntas si todavía te amo, la respuesta es sí, siempre.",
    "El día de tus 40 todos cantamos rancheras hasta las dos de la mañana y fuiste tan feliz.",
    "Mi compañero de cuarto en la facultad era un drogadicto y hoy es pastor en Monterrey; la gente cambia.",
    "Nunca es tarde pa empezar de nuevo, pa.",
]

DEV19_BOTTOM_LINE_OK: list[str] = [
    "Si decides no ir, voy a quedarme con los niños en casa de mi mamá un tiempo, porque necesito cuidarlos y cuidarme.",
    "Si no aceptas el tratamiento, no te voy a prestar el carro mientras sigas tomando.",
    "Si hoy la respuesta es no, hermano, te sigo queriendo, pero no voy a volver a mentirle a mamá por ti.",
]
