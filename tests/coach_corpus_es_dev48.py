# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""Spanish development batch 48 (5 December 2026, round 25, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: Chilean families, 'po', 'cachai', 'weón', asados and the north: sarcasm and blame most. 4 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV48_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a9e90ba, rules and model 0.87 (75/86; the rules alone 61/86): label 3/5, absolute 12/13, blame 13/16, threat 5/6, sarcasm 9/13, every other kind full; good 0/39 (0.0%; the rules alone 0), traps 0/38 (0.0%; the rules alone 0).

At merge, before it was trained on: with main 6613c6f, rules and model 0.87 (75/86; the rules alone 61/86): label 3/5, absolute 12/13, blame 13/16, threat 5/6, sarcasm 9/13, every other kind full; good 0/39 (0.0%; the rules alone 0), traps 0/37 (0.0%; the rules alone 0).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV48_FLAG: list[tuple[str, set[str]]] = [
    (
        "Por tu culpa la Javi se fue a vivir donde su abuela, porque ya no aguantaba verte así.",
        {"blame"},
    ),
    (
        "Felicitaciones campeón, te tomaste hasta el agua del florero en el asado del dieciocho y terminaste durmiendo en el auto.",
        {"sarcasm"},
    ),
    (
        "Siempre llegai tarde a todo, cachai, ni una vez llegaste a la hora a un cumple de los niños.",
        {"absolute"},
    ),
    (
        "Tu jefe de turno en la faena me llamó y me dijo q te encontraron durmiendo en la camioneta oliendo a copete.",
        {"hearsay"},
    ),
    ("Eres un curao igual que tu papá, y me duele decirlo pero es la verdad.", {"label"}),
    (
        "Que lindo regalo de cumpleaños me diste mijo, pasarte toda la noche encerrado en la pieza jalando.",
        {"sarcasm"},
    ),
    (
        "Arruinaste el matrimonio de tu hermana, te vieron vomitando en la entrada del centro de eventos.",
        {"blame"},
    ),
    ("Mientras no te mantengas limpio no vas a volver a entrar a esta casa.", {"clean", "threat"}),
    (
        "El examen de orina salió sucio otra vez Matías, y tú me juraste por la Virgen que no estabas consumiendo.",
        {"clean"},
    ),
    ("Eres patético weón, mírate, 38 años y pidiéndole plata a tu mamá pa la pasta.", {"insult"}),
    ("Todos en la familia pensamos que ya no te importa nadie más que tú mismo.", {"we"}),
    ("Eres un narcisista, lo leí en internet y calzas perfecto con todo.", {"diagnosis"}),
    (
        "Tú eres bipolar, un día estai feliz y al otro nos gritai a todos por cualquier cosa.",
        {"diagnosis"},
    ),
    ("Nunca piensas en nadie más, nunca, ni en tus propios hijos.", {"absolute"}),
    ("Después de todo lo q me he sacrificado por ti, así me pagai.", {"blame"}),
    ("Dicen en el barrio que te vieron comprando en la toma detrás del estadio.", {"hearsay"}),
    (
        "Bravo, papá del año, se te olvidó ir a buscar a la Sofi al colegio porque estabas volado en la casa.",
        {"sarcasm"},
    ),
    ("Si no te internas esta semana te olvidas de mí y de los niños pa siempre.", {"threat"}),
    ("Preferiste la botella antes que a tu propia familia Rodrigo, eso no se hace.", {"blame"}),
    ("Eres un drogadicto y un mentiroso, eso es lo que eres.", {"insult", "label"}),
    (
        "Mi hermana me contó que le pediste plata prestada y le dijiste que era pa remedios.",
        {"hearsay"},
    ),
    ("¿Cómo fuiste capaz de robarle a tu abuela? ¿cómo?", {"blame"}),
    ("Me das asco cuando llegai así, con los ojos rojos y hablando puras tonteras.", {"insult"}),
    (
        "Que responsable ah, gastarte el sueldo completo del turno en Calama en tres días.",
        {"sarcasm"},
    ),
    ("Cada vez que te damos una oportunidad la cagai, cada vez.", {"absolute"}),
    ("Estamos todos chatos de tus mentiras y de tus promesas que no cumples.", {"we"}),
    ("Tú estás en negación total Pancho, no quieres ver nada de lo que pasa.", {"diagnosis"}),
    ("Tu polola me dijo que anoche le pegaste a la puerta hasta romperla.", {"hearsay"}),
    (
        "Gracias por venir tan fresquito a la primera comunión de tu sobrina, quedé impresionada.",
        {"sarcasm"},
    ),
    ("La mamá se enfermó por tu culpa, por todos los nervios que le hiciste pasar.", {"blame"}),
    ("Eres una vergüenza pa esta familia y pal apellido.", {"insult"}),
    ("Nunca has durado más de tres meses en ninguna pega.", {"absolute"}),
    (
        "Si no firmai hoy pa la clínica, te cambio la chapa y tus cosas quedan en la vereda.",
        {"threat"},
    ),
    ("Qué buen ejemplo le das a tu hijo, fumando pitos en el patio delante de él.", {"sarcasm"}),
    ("Tú nos hiciste esto, nos dejaste endeudados hasta el cuello con los bancos.", {"blame"}),
    ("La tía Gladys escuchó que te echaron del taller por llegar jalado.", {"hearsay"}),
    (
        "Eres un pastabasero más, igualito a los que andan pidiendo en la plaza.",
        {"insult", "label"},
    ),
    (
        "Nunca te importó el esfuerzo que hice pa que estudiaras en Antofagasta.",
        {"absolute", "blame"},
    ),
    (
        "Que rico el asado del domingo ¿no?, sobre todo la parte donde diste vuelta la mesa.",
        {"sarcasm"},
    ),
    ("Tenís algún trastorno de personalidad, no es normal mentir como mientes tú.", {"diagnosis"}),
    ("Mira lo que le hiciste a tu mamá, está con licencia psiquiátrica hace dos meses.", {"blame"}),
    ("Toda la familia está de acuerdo en que eres un egoísta.", {"insult", "we"}),
    ("Jamás has cumplido una promesa, ni una sola, desde que eras cabro chico.", {"absolute"}),
    (
        "Ah, y muchas gracias por empeñar el anillo de la abuela, súper considerado de tu parte.",
        {"sarcasm"},
    ),
    ("Eres un alcohólico Jorge, y mientras no lo aceptes no hay nada de qué hablar.", {"label"}),
    ("O dejas la falopa o te vas de la casa, no hay otra.", {"threat"}),
    ("Tú siempre le echai la culpa a los demás, nunca es culpa tuya.", {"absolute"}),
    (
        "El Nico, tu compadre, me dijo que andai metido con gente pesada en Alto Hospicio.",
        {"hearsay"},
    ),
    (
        "Por ti la Vale perdió el semestre, no podía concentrarse con todo el show que armabas.",
        {"blame"},
    ),
    ("Eres un sicópata weón, nadie normal le hace eso a su propia madre.", {"diagnosis", "insult"}),
    ("Felicidades, lograste que tu hijo no quiera ni verte, un siete.", {"blame", "sarcasm"}),
    ("Qué clase de mamá deja a sus guaguas solas pa irse a carretear.", {"insult"}),
    ("Si no vas a tratamiento, pa mí dejaste de ser mi hijo.", {"threat"}),
    ("Te fumaste el sueldo y la paciencia de la casa entera, que orgullo.", {"blame", "sarcasm"}),
    (
        "Vas a tener que estar limpio un mes entero antes de que te deje ver a la Emilia.",
        {"clean", "threat"},
    ),
    (
        "La mamá, el papá y yo opinamos que eres un irresponsable y que no tienes remedio.",
        {"insult", "we"},
    ),
    (
        "Cada fin de semana es lo mismo, te curai el viernes y desapareces hasta el lunes.",
        {"absolute"},
    ),
    ("Me contaron en la iglesia que te vieron tirado en la plaza de Copiapó.", {"hearsay"}),
    (
        "Fue culpa tuya que chocáramos en la ruta 5, ibas con copete en el cuerpo y lo sabías.",
        {"blame"},
    ),
    (
        "Que buen hermano eres ah, no llamaste ni una vez cuando el papá estuvo en la UCI.",
        {"absolute", "sarcasm"},
    ),
    (
        "Siempre terminai arruinando las fiestas patrias, todos los años la misma weá.",
        {"absolute", "blame"},
    ),
    ("Eres un volao que no sirve pa nada.", {"insult", "label"}),
    (
        "Te juro q a veces pienso que eres depresivo o algo así, deberías estar medicado.",
        {"diagnosis"},
    ),
    ("Tú destruiste esta familia y ni siquiera te dai cuenta.", {"blame"}),
    (
        "Por tu culpa tuve que pedir un crédito pa pagarle a los tipos que te andaban buscando.",
        {"blame"},
    ),
    ("No hay un solo día en que no andes buscando copete.", {"absolute"}),
    ("Jamás te has disculpado por nada, ni por lo de la Navidad ni por lo del auto.", {"absolute"}),
    ("Todas las veces que te pedí ayuda con los niños me dejaste botada.", {"absolute"}),
    (
        "Bacán tu discurso en el velorio del tata, lástima que nadie entendió nada porque se te trababa la lengua.",
        {"sarcasm"},
    ),
    ("Ay sí, tú 'estás bien', tú 'lo tienes controlado', claro que sí.", {"sarcasm"}),
    (
        "Supuestamente andai vendiendo las herramientas del papá en la feria, eso es lo que se comenta.",
        {"hearsay"},
    ),
    (
        "Tu jefa le contó a mi cuñada que te van a despedir si vuelves a faltar un lunes.",
        {"hearsay"},
    ),
    ("Ya no te creo cuando me dices que estás limpio, las pruebas dicen otra cosa.", {"clean"}),
]

DEV48_GOOD: list[str] = [
    "Papá, me acuerdo cuando me enseñaste a andar en bici en la plaza de Antofagasta, corriendo atrás mío con la mano en el asiento.",
    "Te quiero harto hermano, y hoy estoy aquí porque te extraño.",
    "Me encantaba cuando hacíai el asado y me dejabai dar vuelta las longanizas.",
    "Mija, eres lo más lindo que me ha pasado en la vida.",
    "Extraño las onces contigo, el pan amasado con palta y la conversa larga hasta que oscurecía.",
    "Tengo miedo Claudio, miedo de que suene el teléfono en la noche y sea por ti.",
    "Quiero que vuelvas a ser el tío chistoso que le hacía trucos de magia a la Antonia.",
    "Te pido que aceptes la ayuda que te ofrecen hoy, hay una cama esperándote en la clínica de La Serena.",
    "Cuando te veo tan flaco se me aprieta el pecho, me da pena y me da miedo.",
    "Me acuerdo de tu risa en el matrimonio del Felipe, bailando cueca con la abuela.",
    "Yo creo en ti mamá, y sé que puedes salir de esto.",
    "Abuelo, tus historias de la pampa y las salitreras me hicieron quien soy.",
    "Te escribo esta carta con el corazón en la mano, xq no sé decirte esto en voz alta sin llorar.",
    "Por favor anda hoy mismo al tratamiento, no mañana, hoy.",
    "Me haces falta en la pega compadre, el turno no es lo mismo sin tus tallas.",
    "Sueño con volver a ir contigo al estadio a ver a Cobreloa como cuando éramos chicos.",
    "Eres mi mejor amiga desde primero básico y no te quiero perder.",
    "Quiero que mis hijos conozcan al papá que yo conocí, el que tocaba guitarra en la playa de Bahía Inglesa.",
    "Ojalá puedas ver crecer a tu nieta, cumple tres años en marzo y pregunta por ti.",
    "Gracias por cuidarme cuando me operaron, te quedaste conmigo en el hospital tres noches seguidas.",
    "El día de mi graduación me sentí sola cuando vi tu silla vacía, y me dolió harto.",
    "Cuando te llevaron a urgencias en diciembre pensé que te iba a perder, y no he podido dormir bien desde entonces.",
    "Me dio miedo verte manejar después de tomar en el asado de mi cumpleaños.",
    "Gracias por ir a las reuniones esas semanas de octubre, yo vi el esfuerzo que hiciste.",
    "Me siento orgullosa de cómo trabajaste en la mina esos años pa sacar a tus hermanos adelante.",
    "Cuando encontré las jeringas en el baño me temblaron las manos y no supe qué hacer.",
    "El mes que estuviste sin tomar volviste a jugar a la pelota con el Benja y él estaba feliz.",
    "Te agradezco q me hayas pedido perdón en mi cumpleaños, eso significó mucho pa mí.",
    "Me dolió cuando te pedí ayuda con la mudanza y no llegaste, me quedé esperando en la vereda hasta tarde.",
    "Fuiste súper valiente cuando fuiste al doctor en agosto, sé que te costó.",
    "Oye hermanito, acá estoy, no me voy a ir a ninguna parte.",
    "Mi sueño es que volvamos a pescar al muelle de Caldera un domingo cualquiera.",
    "Te amo Gonzalo, y quiero envejecer contigo.",
    "Amiga, me acuerdo de la noche que nos quedamos conversando en la azotea hasta que salió el sol.",
    "Tu nieto dibujó un sol con tu nombre y lo tiene pegado en el refri.",
    "Eres inteligente, divertido y generoso, y esas cosas no se borran.",
    "Quiero tomarme un café contigo sin miedo, conversar como antes.",
    "Hay gente buena esperándote en el centro, te van a tratar con respeto.",
    "Pa mí sigues siendo mi niño, aunque tengas 40 años y canas.",
]

DEV48_TRAPS: list[str] = [
    "Mi tío Lucho era un curao perdido y murió solo en Tocopilla, no quiero eso pa ti.",
    "Yo fui adicta a las pastillas por seis años y sé lo difícil que es pedir ayuda.",
    "Los domingos siempre hacíamos asado donde la abuela y tú eras el que prendía el fuego.",
    "Me acuerdo de cuando limpiamos juntos el patio pal cumpleaños de la Trini.",
    "Para mí no eres un drogadicto, eres mi hermano y te conozco.",
    "Tú me dijiste llorando 'soy un desastre, mamá', y yo te abracé porque no es verdad.",
    "Felicitaciones por los tres meses sin consumir que lograste el año pasado, de verdad me emocioné.",
    "La doctora del CESFAM dijo que tu hígado está inflamado, y eso me asusta mucho porque te quiero.",
    "En Fiestas Patrias todos bailábamos cueca en la ramada de Vicuña y tú eras el más prendido.",
    "Soy adicta al café y a las teleseries turcas, tú lo sabes y te reías de mí.",
    "Nunca me voy a olvidar del día que naciste.",
    "Siempre fuiste el más regalón de la abuela.",
    "Dejé la casa limpiecita pa cuando vuelvas, con tus sábanas nuevas.",
    "Mi papá era alcohólico y yo crecí con miedo, por eso me cuesta tanto escribir esta carta.",
    "Nadie te está juzgando hoy, estamos acá porque te queremos.",
    "Todos los veranos íbamos a Bahía Inglesa y tú manejabas cantando.",
    "Cuando saliste del centro en mayo te dije 'bien hecho' y lo dije en serio, estaba tan orgulloso.",
    "Estoy limpiando la pieza que era tuya pa que tengas dónde quedarte.",
    "Tu psiquiatra te diagnosticó depresión el 2021 y yo te acompañé a las consultas, sigo aquí.",
    "Yo tmb tomaba demás cuando era joven, en la u en Concepción, y me costó dejarlo.",
    "Mi abuela decía que el que nunca cae nunca aprende, y yo creo que tú vas a aprender.",
    "Jamás vas a estar solo mientras yo viva.",
    "Tú no eres un borracho, eres un hombre enfermo que se merece ayuda.",
    "Eres fanático del fútbol y adicto a los completos italianos, y así te quiero.",
    "Nunca te lo dije, pero cuando eras chico eras mi héroe.",
    "Mi compañera de trabajo estuvo internada en Olmué y ahora está bien, por eso sé que se puede.",
    "En la casa todos teníamos una tarea pa la once: tú ponías la mesa y yo hacía el té.",
    "Qué orgullo cuando te vi recibir tu medalla de un año en AA, te lo digo en serio.",
    "El Tito, mi compadre, es alcohólico en recuperación hace diez años y hoy vino porque cree en ti.",
    "Siempre me has hecho reír, incluso en los peores días.",
    "No te estoy diciendo que eres un mal papá, al contrario, sé lo mucho que quieres a los niños.",
    "Todos los 31 de diciembre nos juntábamos en la playa de Arica a esperar los fuegos artificiales.",
    "Mi mamá era bien limpia y ordenada, y tú sacaste eso de ella, tu pieza era un espejo.",
    "Yo soy la que siempre se pone a llorar en las películas, y tú me pasabas el pañuelo.",
    "Bacán lo que hiciste cuando ayudaste al vecino a arreglar el techo después del temporal, de verdad.",
    "Tú no tienes la culpa de estar enfermo, pero sí puedes elegir tratarte hoy.",
    "Cuando dijiste 'soy alcohólico' en la reunión de la parroquia, me sentí orgulloso de tu valentía.",
]

DEV48_BOTTOM_LINE_OK: list[str] = [
    "Si hoy dices que no, yo no voy a seguir pagándote el arriendo, y te lo digo con amor.",
    "Si no aceptas ir a la clínica, no te voy a prestar más el auto.",
    "Si decides no ir, yo voy a empezar a ir a un grupo de apoyo pa familias, porque necesito cuidarme.",
    "Si hoy no aceptas la ayuda, no vas a poder ir a buscar a la Isi al jardín si has tomado, y te voy a seguir queriendo igual.",
    "Si dices que no mijo, ya no voy a mentirle a tu jefe cuando faltes.",
]
