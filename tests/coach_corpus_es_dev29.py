# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""Spanish development batch 29 (5 December 2026, round 23, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: Puerto Rican and Dominican families, jokes and teasing that cut: sarcasm and absolutes most, then blame. The writer was asked to keep calm consequences apart, as
DEV29_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a7edfb6, rules and model 0.86 (59/69; the rules alone 50/69): absolute 10/12, blame 11/12, insult 4/5, we 3/4, threat 3/4, sarcasm 8/12, every other kind full; good 0/40 (0.0%; the rules alone 0), traps 1/40 (2.5%; the rules alone 1).

At merge, before it was trained on: with main a6c7782, rules and model 0.86 (59/69; the rules alone 51/69): absolute 10/12, blame 11/12, insult 4/5, we 3/4, threat 3/4, sarcasm 8/12, every other kind full; good 0/40 (0.0%; the rules alone 0), traps 1/40 (2.5%; the rules alone 1).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV29_FLAG: list[tuple[str, set[str]]] = [
    (
        "Felicidades, mano, otra Nochebuena que te pasaste roncando en el sofá con la botella de Brugal abrazá, de verdad que eres el alma de la fiesta.",
        {"sarcasm"},
    ),
    (
        "Tú nunca has llegado a tiempo a nada desde que empezaste con el perico, ni al bautizo de tu propia hija.",
        {"absolute"},
    ),
    (
        "Por culpa tuya tuve que sacar los chavos del retiro pa pagarte la fianza, y ni las gracias.",
        {"blame"},
    ),
    (
        "Tití Carmen me dijo q te vio en la placita de Caguas a las 3 de la mañana buscando quien te fiara.",
        {"hearsay"},
    ),
    ("Eres un borrachón igualito que tu abuelo, mijo, no hay otra palabra.", {"label"}),
    (
        "Qué orgullo, hermanito, el único de la familia con récord en el cuartel de Bayamón, wepa.",
        {"sarcasm"},
    ),
    (
        "Siempre es la misma vaina contigo: prometes, lloras, y a la semana estás otra vez en el punto.",
        {"absolute"},
    ),
    ("Tú escogiste las pastillas antes que a tus nenes, eso no te lo voy a perdonar.", {"blame"}),
    (
        "Si no te metes al programa esta semana te saco tus cosas pa la marquesina y no vuelves a pisar esta casa.",
        {"threat"},
    ),
    ("Das pena, Jonathan, un hombre de 40 años pidiéndole cuartos a su mai pa perico.", {"insult"}),
    ("Aquí todos estamos hartos de tus cuentos y de tus promesas, que lo sepas.", {"we"}),
    ("Tú no estás enfermo, tú eres un narcisista que nomás piensa en sí mismo.", {"diagnosis"}),
    (
        "Te hicieron la prueba en el trabajo y saliste sucio otra vez, así que no me vengas con q ya lo dejaste.",
        {"clean"},
    ),
    (
        "Gracias por el regalito de cumpleaños, papi: llegar jendío y vomitar encima del bizcocho, inolvidable.",
        {"sarcasm"},
    ),
    ("Nunca, ni una sola vez, me has preguntado cómo me fue en la escuela.", {"absolute"}),
    (
        "Después de todo lo que yo he sacrificado por ti, así es que me pagas, robándome las prendas de mi mamá.",
        {"blame"},
    ),
    (
        "Tu supervisor llamó a la casa y me contó q te quedaste dormío en la guagua de la compañía.",
        {"hearsay"},
    ),
    (
        "Con ese olor a romo que siempre traes encima, eres una vergüenza pa esta familia.",
        {"absolute", "insult"},
    ),
    (
        "Yo no sé qué clase de madre deja a sus hijos solos pa irse a janguear y meterse cristal, de verdad que me das asco.",
        {"insult"},
    ),
    (
        "Tremendo ejemplo le estás dando a Yadiel, ¿eh? Seguro que cuando sea grande quiere ser igualito a ti.",
        {"sarcasm"},
    ),
    (
        "Cada vez q cobras desaparece el cheque en dos días y ni un peso llega a la casa.",
        {"absolute"},
    ),
    ("Tú fuiste el que destruyó este matrimonio, no el trago, tú.", {"blame"}),
    (
        "Dicen en el colmado que le debes a medio Los Mina y que ya no te fían ni un cigarro.",
        {"hearsay"},
    ),
    ("Tú eres un tecato y mientras no lo aceptes no vamos pa ningún lado.", {"label"}),
    (
        "Toda la familia piensa lo mismo: que a ti te importa más la botella que nosotros.",
        {"blame", "we"},
    ),
    (
        "Ay sí, tú estás 'bien', clarooo, por eso es que te caíste por la escalera del caserío.",
        {"sarcasm"},
    ),
    ("Tú siempre tienes una excusa, siempre es culpa de otro, nunca tuya.", {"absolute"}),
    (
        "Xq tú te quedaste en el carro fumando, tu hermana no llegó al hospital a tiempo, eso fue culpa tuya.",
        {"blame"},
    ),
    (
        "Me enteré por Facebook q te botaron del trabajo, porque ya ni eso me cuentas tú.",
        {"hearsay"},
    ),
    ("Estás bipolar, un día me abrazas y al otro me tiras la puerta en la cara.", {"diagnosis"}),
    ("O te internas o te olvidas de que tienes madre.", {"threat"}),
    (
        "Bravo, campeón, tres centros de rehabilitación en dos años y de los tres te fuiste por la ventana, eso es un récord.",
        {"sarcasm"},
    ),
    (
        "Jamás te has acordado de un aniversario nuestro desde q empezaste con las percocet.",
        {"absolute"},
    ),
    (
        "Por ti Abuela tuvo que vender la casita de Moca pa pagar tus deudas con esa gente.",
        {"blame"},
    ),
    ("Tu propio padrino de AA me llamó pa decirme q tú le mentiste en la cara.", {"hearsay"}),
    (
        "Si tú quieres seguir siendo un drogadicto allá tú, pero los nenes no te los vuelvo a dejar ver.",
        {"label", "threat"},
    ),
    (
        "Qué bonito, mija, llegar a la graduación de tu hermano con las pupilas como platos, la envidia de todas las fotos.",
        {"sarcasm"},
    ),
    ("Tú no haces nada en esta casa, na, cero, ni fregar un plato.", {"absolute"}),
    ("Tú me robaste la juventud, Ramón, me la robaste con cada botella.", {"blame"}),
    (
        "Tú lo que tienes es una depresión bien clara aunque no quieras verlo, y por eso bebes.",
        {"diagnosis"},
    ),
    (
        "Estás en negación, Kelvin, completamente en negación, y mientras sigas así no hay quien te ayude.",
        {"diagnosis"},
    ),
    (
        "Tu test de orina salió positivo otra vez, ¿cuándo piensas quedarte limpio de verdad?",
        {"clean"},
    ),
    (
        "Señor campeón de dominó y de Presidente, el único que se bebe la paga antes de llegar a la casa.",
        {"sarcasm"},
    ),
    ("Nunca cumples lo que prometes, nunca, ni con los nenes ni conmigo.", {"absolute"}),
    (
        "¿Cómo pudiste empeñar la guitarra de papi después de que se murió? ¿Cómo pudiste?",
        {"blame"},
    ),
    (
        "Tu prima Yari me contó q te vio en el teteo de Santiago metiéndote perico en el baño.",
        {"hearsay"},
    ),
    ("Todos en la casa estamos cansaos de verte tirao en el piso como un perro.", {"insult", "we"}),
    (
        "Gran papá, de verdad, el que le enseñó a su hijo de 15 a liar un blunt, te mereces una placa en la pared, papá modelo.",
        {"sarcasm"},
    ),
    ("Todas las veces que te he necesitado has estado jendío o durmiendo la nota.", {"absolute"}),
    (
        "Me dejaste sola con tres nenes y una hipoteca pa irte detrás de la manteca, eso fue lo que hiciste.",
        {"blame"},
    ),
    ("Tu ex me dijo q ni la pensión de los nenes has pasado desde agosto.", {"hearsay"}),
    (
        "Qué clase de talento el tuyo, mano, eres capaz de perder un empleo en una semana, eso no lo hace cualquiera.",
        {"sarcasm"},
    ),
    (
        "Eres un mentiroso compulsivo, un sociópata, no sientes na por nadie.",
        {"diagnosis", "insult"},
    ),
    ("Tú nunca piensas en nadie más que en ti y en tu jumo.", {"absolute"}),
    ("Por tu culpa tu hija ya no quiere traer amigas a la casa, le da vergüenza.", {"blame"}),
    ("Por ahí dicen que andas vendiendo las pastillas que te receta el médico.", {"hearsay"}),
    ("Eres un periquero, Luis, un periquero con corbata, eso es lo que eres.", {"label"}),
    (
        "Tú te la pasas sucio, entrando y saliendo del programa, ya ni sé cuándo estás limpio.",
        {"absolute", "clean"},
    ),
    ("La familia entera está de acuerdo en que ya tú no eres el mismo y que das miedo.", {"we"}),
    (
        "Como me entere que volviste al punto, te juro por mi madre que no me ves más la cara.",
        {"threat"},
    ),
    (
        "Ay qué lindo, Neftalí, viniste a mi boda con los ojos rojos y el traje apestando a cripy, quedaste regio en las fotos.",
        {"sarcasm"},
    ),
    (
        "Mil gracias por acordarte de recoger a Sofi en la escuela, solo tres horas tarde y con la nota encima, eres un sol.",
        {"sarcasm"},
    ),
    (
        "Tú le quitaste a tu mai los últimos años tranquilos que le quedaban, con tanta angustia.",
        {"blame"},
    ),
]

DEV29_GOOD: list[str] = [
    "Papi, yo me acuerdo de cuando me enseñaste a nadar en Luquillo y me aguantabas por la barriga hasta que perdí el miedo.",
    "Te escribo esta carta porque te quiero y porque extraño al hermano que me hacía reír hasta que me dolía la panza.",
    "Últimamente te he visto más flaco, con las manos temblando por la mañana, y eso me asusta mucho.",
    "Abuela te quiere, mijo, y quiere verte bailar otra vez en la parranda como bailabas antes.",
    "Mi amor, cuando llegaste a las cuatro de la mañana el sábado y no me reconociste, yo sentí que te estaba perdiendo.",
    "Me acuerdo del mangú que nos hacías los domingos con cebollita y salami, la casa olía a gloria.",
    "Yo quiero que conozcas a tus nietos sano, que juegues pelota con ellos en el parque de Villa Juana.",
    "Hay un programa en Orlando que ya tiene cama pa ti hoy mismo, y yo te llevo en el carro si dices que sí.",
    "Mami, tú eras la que me peinaba antes de la escuela y me cantaba boleros, y yo quiero devolverte un poquito de ese cariño.",
    "Cuando te vi dormido en el carro frente a la casa con el motor prendido en noviembre, pensé que te habías muerto.",
    "Te pido que aceptes la ayuda que está aquí hoy, por ti y por los que te queremos.",
    "Mi hermana querida, tú me cuidaste cuando papi se fue, ahora déjame cuidarte yo a ti.",
    "Echo de menos nuestras llamadas largas los martes hablando de novelas y de los chismes del barrio.",
    "Yo te admiro desde chiquito, tío, tú eras el que arreglaba los carros de media cuadra con un destornillador y paciencia.",
    "Me dolió mucho el día de la graduación de Kiara cuando tu silla se quedó vacía y ella te buscaba con los ojos.",
    "Compadre, llevamos veinte años de amistad desde la fábrica en Cayey, y yo no me voy a quedar callao viéndote sufrir.",
    "Yo sé que tienes miedo, y está bien tener miedo, yo voy a estar al lado tuyo en cada paso.",
    "Quiero volver a sentarme contigo en el balcón a ver los relámpagos y tomarnos un café de Yauco.",
    "Te vi con la cara hinchada y un golpe en la frente el Día de Reyes y no me dijiste qué pasó, y eso me quitó el sueño.",
    "Hijo, tú eres inteligente, cariñoso y gracioso, y quiero verte usar eso pa ti mismo.",
    "Los nenes preguntan por ti antes de dormir y yo no sé qué contestarles.",
    "Me acuerdo de la primera vez que te vi cargar a Jandel en el hospital, llorabas más que él.",
    "Por favor, ve hoy al centro en Trujillo Alto, ya hablé con ellos y te están esperando.",
    "Pa mí tú sigues siendo mi hermano mayor, el que me defendía en la escuela de los abusadores.",
    "Desde que empezaste a tomar las pastillas después de la operación de la espalda, te veo apagao, como si no estuvieras aquí.",
    "Me encantaría que vinieras conmigo a pescar otra vez a Boca de Yuma como cuando éramos unos carajitos.",
    "Yo estoy orgullosa de la mujer que fuiste en tu trabajo en el hospital, y sé que esa mujer sigue ahí.",
    "Mi corazón se parte cuando te escucho toser hasta las tantas por la ventana del cuarto.",
    "Te quiero, mi viejo, y quiero que me lleves al altar caminando derechito y feliz.",
    "El día que me llamaste llorando desde el estacionamiento de Plaza Las Américas supe que tú también quieres salir de esto.",
    "Yo no vengo a pelear, vengo a decirte que te quiero y que te necesito vivo.",
    "Me hace falta tu risa en la mesa, esa carcajada que se oía hasta en casa de doña Lula.",
    "Mija, cuando tenías seis años me regalaste un dibujo de las dos en la playa y todavía lo tengo pegao en la nevera.",
    "Hoy te pido que digas que sí, que te montes en la guagua conmigo y vayas al tratamiento.",
    "Compañero, en el taller se siente tu falta, y el jefe te guarda el puesto si vas y te tratas.",
    "Me preocupo cuando no contestas el celular por dos días y tengo que llamar a los hospitales de Santiago.",
    "Abuelo te dejó su machete y su sombrero, y yo sé que él querría verte bien.",
    "Cuando me diste a probar el primer pastelón que hiciste solo, me sentí la hermana más orgullosa del mundo.",
    "Tu esposa y yo estamos aquí porque te queremos, no pa juzgarte.",
    "Yo creo en ti, Edwin, y creo que todavía te quedan muchas cosas lindas por vivir.",
]

DEV29_TRAPS: list[str] = [
    "Yo siempre voy a ser tu mamá, pase lo que pase, y siempre vas a tener un plato de comida en mi mesa.",
    "Tú nunca dejaste de ser mi héroe, ni en los días más malos.",
    "Los domingos todos nos juntábamos en casa de abuela en Arecibo pa comer arroz con gandules, y tú eras el que ponía la música.",
    "Nosotros fuimos a Punta Cana los cuatro en el 2015 y tú me enseñaste a bucear, fue el mejor viaje de mi vida.",
    "Mi papá era un borracho de esos de barra y yo no quiero que mis hijos te pierdan a ti como yo lo perdí a él.",
    "Yo fui adicta a las pastillas por cuatro años y salí, así que yo sé que se puede.",
    "Tú me dijiste llorando 'soy un borracho y no sirvo pa na', y yo te quiero decir que eso no es verdad.",
    "Pa mí tú no eres un tecato, eres mi hijo, el mismo nene que se subía a los palos de mangó.",
    "Ayer limpié tu cuarto y encontré las fotos de tu primera comunión, y lloré un rato.",
    "Felicidades de corazón por los 60 días que hiciste el año pasado en el programa, yo vi lo fuerte que eres.",
    "Tu médico en el Centro Médico nos explicó que tienes el hígado inflamado, y yo tengo miedo de perderte.",
    "Tú sabes que yo soy adicta al café de la greca, y lo que más quiero es volver a tomármelo contigo en la mañana.",
    "Nunca pierdo la esperanza de verte entrar por esa puerta sonriendo como antes.",
    "Mi tío Ñaño murió de cirrosis en Moca, era alcohólico, y yo no quiero pasar por eso otra vez contigo.",
    "Siempre que me pongo la gorra de los Cangrejeros que me regalaste me acuerdo de ti.",
    "Los viernes todos en la familia hacíamos noche de películas y tú escogías las de terror pa asustar a Mariela.",
    "La casa de la playa está limpiecita y esperándote, pa que cuando salgas del programa vayamos juntos.",
    "Tú no eres una vergüenza pa nadie, eres mi hermano y te quiero con to' y lo que ha pasado.",
    "Mi suegra dice que soy adicta a las novelas y es verdad, pero este año las dejé porque me paso las noches esperando que llegues.",
    "Tú nunca vas a estar solo en esto, mientras yo viva.",
    "Le prometí a mami antes de morir que siempre iba a cuidar de ti, y eso estoy haciendo hoy.",
    "Nosotros siempre celebrábamos la Navidad con lechón en la vara en el patio de Caguas, y tú eras el que lo velaba toda la noche.",
    "Qué buen trabajo hiciste en la cocina de tití, yo la vi terminada y quedó preciosa.",
    "Yo también bebía demasiado cuando estaba en la Marina, y pedir ayuda fue lo mejor que hice.",
    "Cuando eras chiquito decías 'yo soy un desastre' cada vez que se te caía el helado, y nos reíamos todos.",
    "No pienso que seas un mal padre; pienso que eres un buen padre que está enfermo y necesita ayuda.",
    "Mi primo Tony era adicto al crack en el Bronx y hoy tiene doce años sobrio y trabaja de consejero, así que yo sé que hay salida.",
    "Limpiamos el garaje juntos el verano pasado y encontramos tu bate de Little League, ¿te acuerdas cómo te reíste?",
    "Me acuerdo cuando me ayudaste a dejar la casa limpiecita antes de que llegara mami de Nueva York.",
    "Tú siempre fuiste el más cariñoso con abuela, la bañabas y la peinabas cuando ya no podía.",
    "Hermano, buen trabajo en el curso de electricidad que terminaste en mayo, yo estuve ahí y aplaudí como loca.",
    "Yo no soy perfecta, tengo mis vicios, me como un paquete de galletas entero cuando estoy nerviosa.",
    "Mi amiga del trabajo pasó por esto con su esposo, que era alcohólico, y hoy están juntos y felices.",
    "Me dijiste el otro día 'mami, yo sé que soy un adicto', y yo te agradezco que me lo dijeras.",
    "Nunca olvido el día que me cargaste en los hombros en el desfile puertorriqueño de la Quinta Avenida.",
    "Jamás te voy a dar la espalda, mijo, jamás.",
    "Todos los años íbamos juntos a las fiestas patronales de Salcedo y tú me comprabas algodón de azúcar.",
    "Tú no eres un borrachón ni un vago, tú eres un hombre que se perdió y que puede encontrar el camino.",
    "La doctora Ríos te diagnosticó diabetes el año pasado, y yo quiero que estés aquí pa cuidarte de eso también.",
    "Yo siempre me tomo mi café con leche a las seis y pienso en ti.",
]

DEV29_BOTTOM_LINE_OK: list[str] = [
    "Si hoy dices que no, yo no te voy a dar más dinero pa la renta ni pa nada, porque te quiero vivo.",
    "Si decides no ir, yo me voy a mudar con los nenes a casa de mami en Carolina hasta que aceptes ayuda.",
    "Mijo, si hoy no aceptas, ya no voy a llamar a tu jefe pa inventarte excusas, eso se acabó de mi parte.",
    "Si tú dices que no, yo no voy a volver a pagarte el celular ni el carro, y eso lo hago con dolor pero lo hago.",
    "Si hoy no vas, no vas a poder quedarte a dormir en mi casa, pero la puerta está abierta el día que digas que sí al tratamiento.",
]
