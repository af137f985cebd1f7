# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""Spanish development batch 22 (4 December 2026, round 22, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: Central American and Andean parents, grandparents and older siblings, formal and religious: absolutes most, then blame. 2 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV22_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main cdd2c5a, rules and model 0.83 (63/76; the rules alone 54/76): label 2/4, clean 3/4, absolute 13/18, insult 3/4, we 3/4, sarcasm 7/10, every other kind full; good 1/45 (2.2%; the rules alone 1), traps 1/43 (2.3%; the rules alone 1).

At merge, before it was trained on: with main bfd6408, rules and model 0.86 (65/76; the rules alone 56/76): label 2/4, clean 3/4, absolute 15/18, insult 3/4, we 3/4, sarcasm 7/10, every other kind full; good 1/45 (2.2%; the rules alone 1), traps 1/43 (2.3%; the rules alone 1).

One sentence a held-out batch already had word for word was dropped after the merge
(tests/test_coach_heldout_newest.py found it), and the model retrained without it.

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV22_FLAG: list[tuple[str, set[str]]] = [
    (
        "Mijo, lo quiero con toda mi alma, pero usted siempre llega a la casa oliendo a guaro y ya ni saluda a su madre.",
        {"absolute"},
    ),
    (
        "Hijo mio, Dios sabe cuanto lo amo, pero nunca cumple lo que promete, ni una sola promesa en estos tres años.",
        {"absolute"},
    ),
    (
        "Cada vez que cobrás la quincena desaparecés todo el fin de semana, che, y volvés sin un guaraní.",
        {"absolute"},
    ),
    (
        "Ñaño, vos jamás te acordás del cumpleaños de tus hijos, ni una llamadita les hacés.",
        {"absolute"},
    ),
    ("Nada de lo que le digo le importa, mija, todo le resbala.", {"absolute"}),
    (
        "Con todo el cariño del mundo te lo digo Rodrigo: vivís tirado en la cama hasta las tres de la tarde todos los dias.",
        {"absolute"},
    ),
    ("Ni una sola vez en todo el año fuiste a ver jugar al gurí, bo.", {"absolute"}),
    (
        "Te amo hermanito pero no hay un domingo que no aparezcas chumado a almorzar donde la mami.",
        {"absolute"},
    ),
    ("Usted todo el tiempo anda con el celular escondido y mintiendo a donde va.", {"absolute"}),
    (
        "La abuelita te reza cada noche, pero vos nunca tenés un minuto pa ella, nunca.",
        {"absolute"},
    ),
    (
        "Siempre es lo mismo contigo Marcelo, prometes y a la semana otra vez en la farra.",
        {"absolute"},
    ),
    ("En ningun momento le ha importado lo que sufre su mamá.", {"absolute"}),
    (
        "Mi amor, te conozco desde los quince años y te digo que cada fiesta familiar terminas tú peleando con alguien.",
        {"absolute"},
    ),
    (
        "Cada vez q te pido algo me decís q sí y despues no lo hacés xq andás perdido en la pasta base.",
        {"absolute"},
    ),
    ("Usted siempre escoge la botella antes que a sus propios hijos.", {"absolute", "blame"}),
    (
        "Por tu culpa tu mamá no duerme tranquila ni una noche, siempre esperándote en la ventana.",
        {"absolute", "blame"},
    ),
    ("Todos pensamos que jamás vas a cambiar si seguís así.", {"absolute", "we"}),
    (
        "Jamás se ha parado a pensar que por su vicio su papá anda enfermo de los nervios.",
        {"absolute", "blame"},
    ),
    ("Vos sos el culpable de que tu hermana se haya ido de la casa.", {"blame"}),
    (
        "Despues de todo lo que me sacrifiqué por usted, trabajando de sol a sol en la maquila, así me paga.",
        {"blame"},
    ),
    ("Nos arruinaste la Navidad del año pasado con tu escándalo frente a los vecinos.", {"blame"}),
    ("¿Cómo pudiste sacarle el pisto de la tanda a tu propia abuela?", {"blame"}),
    ("Por culpa de tu droga perdimos el terreno que tu papá nos dejó en Chalatenango.", {"blame"}),
    ("Yo me enfermé del azúcar de tanta preocupación y eso es culpa suya, hijo.", {"blame"}),
    (
        "Preferiste a tus amigos de la cantina antes que estar con tu esposa en el parto de la niña.",
        {"blame"},
    ),
    (
        "Es una vergüenza lo que nos hizo pasar, ¿cómo se atreve a venir así a la primera comunión de su sobrina?",
        {"blame", "insult"},
    ),
    (
        "Nos destruiste la vida, y si no te internás te olvidás de que tenés madre.",
        {"blame", "threat"},
    ),
    (
        "Gracias a vos, campeón, ahora todo el barrio sabe que la casa está embargada.",
        {"blame", "sarcasm"},
    ),
    (
        "Tu jefe me contó que te echaron por llegar tomado, y ahora por tu culpa no hay para la colegiatura de los niños.",
        {"blame", "hearsay"},
    ),
    ("Felicidades, mijo, otro año de récord: tres choques y la licencia suspendida.", {"sarcasm"}),
    (
        "Qué buen ejemplo le está dando a sus hijos, ¿verdad?, llegando a gatas a las cuatro de la mañana.",
        {"sarcasm"},
    ),
    ("Muy lindo tu regalo de cumpleaños pa tu mamá: no aparecer y apagar el cel.", {"sarcasm"}),
    ("Ya sé, ya sé, vos estás 'perfectamente' y lo tenés 'todo bajo control'.", {"sarcasm"}),
    (
        "Tremendo padrino resultaste, llegaste al bautizo con los ojos rojos y oliendo a mota.",
        {"sarcasm"},
    ),
    (
        "Bravo hermano, qué orgullo para la familia verte salir esposado en las noticias de la noche.",
        {"sarcasm"},
    ),
    (
        "Qué bonito hablaste en la boda de tu prima, con la lengua trabada, todos quedaron encantadísimos.",
        {"sarcasm"},
    ),
    (
        "El hijo modelo, el orgullo de su madre, tirado en la vereda como un perro.",
        {"insult", "sarcasm"},
    ),
    (
        "Aquí todos estamos 'felices' de pagarle tus deudas al prestamista, de verdad q sí.",
        {"sarcasm", "we"},
    ),
    ("La doña Tere de la tienda me contó que usted le anda debiendo a medio barrio.", {"hearsay"}),
    (
        "Tu jefe de la cooperativa me llamó para decirme que llegaste tres veces tomado a la oficina este mes.",
        {"hearsay"},
    ),
    ("Dicen en el pueblo que te han visto en la plaza con esa gente de la piedra.", {"hearsay"}),
    ("Tu ex esposa me contó que ya ni pasás la pensión de los patojos.", {"hearsay"}),
    (
        "Según tu prima Lorena, el sábado estabas en una chichería de Cochabamba hasta las seis de la mañana.",
        {"hearsay"},
    ),
    (
        "Me enteré por el pastor que ya no vas al culto y que te la pasás en la cantina de la esquina.",
        {"hearsay"},
    ),
    ("El Chino, tu amigo del fútbol, dice q le vendiste el celular pa comprar merca.", {"hearsay"}),
    (
        "Parece ser que anda pidiendo recetas de tramadol a cuanto doctor encuentra, eso comentan en la farmacia.",
        {"hearsay"},
    ),
    (
        "La maestra de la Sofi me dijo que en la escuela todos saben que su papá es un borracho.",
        {"hearsay", "label"},
    ),
    ("Hijo, me duele decirlo pero te has vuelto un bolo igualito a tu abuelo.", {"label"}),
    ("No quiero que mis nietos crezcan viendo a su papá convertido en un piedrero.", {"label"}),
    ("Sos un pastabasero, Matías, y encima estás en total negación.", {"diagnosis", "label"}),
    ("Quiero que entres a ese centro y salgas limpio, mi hijo.", {"clean"}),
    ("El examen del trabajo te salió sucio otra vez, ya no podés esconderlo.", {"clean"}),
    ("Mija, ¿hace cuánto que no está limpia de verdad? ¿un mes?", {"clean"}),
    ("O te mantenés limpio o te vas de esta casa.", {"clean", "threat"}),
    ("Da asco verte así, Esteban, flaco y mugroso pidiendo monedas en la terminal.", {"insult"}),
    ("¿Qué clase de madre deja a sus guaguas solas por irse a chupar?", {"insult"}),
    ("Toda la familia está de acuerdo en que ya te pasaste de la raya.", {"we"}),
    ("Tus hermanos y yo ya estamos hartos de tus mentiras, Gustavo.", {"we"}),
    ("Nde, si no aceptás ir hoy, olvidate que tenés padre.", {"threat"}),
    ("O se interna esta semana o no vuelve a ver a la Camilita, se lo juro por Dios.", {"threat"}),
    ("Yo creo que usted es un narcisista, solo piensa en usted mismo.", {"diagnosis"}),
    ("Estás en negación, hijo, eso se ve a leguas.", {"diagnosis"}),
    (
        "Me he leído bastante y para mí tú tienes trastorno bipolar, un día estás feliz y al otro ni nos hablas.",
        {"diagnosis"},
    ),
]

DEV22_GOOD: list[str] = [
    "Mijo, le escribo esta carta con el corazón en la mano y con mucho amor.",
    "Me acuerdo cuando te enseñé a andar en bici en el parque central de Xela y te raspaste las rodillas pero no lloraste.",
    "Hija, usted fue la primera nieta y la alegría de esta casa.",
    "Extraño tus chistes en la cena, Ramiro, la casa está muy callada sin tu risa.",
    "Desde que empezaste con las pastillas para dormir te he visto mas flaco y con la mirada apagada, y eso me preocupa mucho.",
    "El mes pasado te vi manejar despues de la fiesta de la Chabe y sentí un miedo que no te puedo explicar.",
    "Hay un lugar en Cuenca donde te pueden ayudar, ya hablé con ellos y tienen una cama lista para vos hoy.",
    "Te pido, de rodillas si hace falta, que aceptes el tratamiento hoy mismo.",
    "Abuelo, usted me enseñó a sembrar maíz y a respetar a la gente, y quiero que mis hijos lo conozcan sano.",
    "Papá, me hacés falta en mis partidos, quiero volver a verte en la tribuna gritando mi nombre.",
    "Mi amor, cuando nos casamos en San Francisco de Quito me prometiste que íbamos a envejecer juntos y yo todavía lo quiero.",
    "Tengo miedo de recibir una llamada en la madrugada diciéndome que te pasó algo.",
    "Le pido a la Virgen de Suyapa que te cuide y te dé fuerzas para este paso.",
    "Me acuerdo de tus pupusas de loroco los domingos en Santa Tecla, con el olorcito llenando la casa.",
    "Te vi llorar el día que se murió tu papá y me di cuenta de lo mucho que cargas por dentro.",
    "Hermano, yo no vengo a juzgarte, vengo porque te quiero y te necesito.",
    "Cuando la Valentina nació, tú la cargaste primero y te brillaban los ojos.",
    "Ya no te reconozco cuando llegás de noche, y eso me rompe el corazón porque sé quién sos de verdad.",
    "Quiero volver a tomar mate con vos en la rambla como antes, charlando de cualquier cosa, bo.",
    "Gracias por cuidarme cuando me operaron de la vesícula, ese gesto lo llevo en el alma.",
    "En mayo te vi temblando en la mañana hasta que te tomaste un trago, y ahí entendí que necesitabas ayuda.",
    "Dios te dio un corazón grande y yo lo he visto en cómo tratas a los niños de la cuadra.",
    "Che mi hijo, el programa es en Asunción y dura tres meses; yo te voy a visitar los domingos con chipa.",
    "Tu lugar en la mesa sigue puesto, te esperamos con los brazos abiertos.",
    "Sueño con verte otra vez jugando pelota con tus sobrinos en la cancha de la colonia.",
    "Cuando eras cipote querías ser bombero para salvar a la gente; ese cipote sigue ahí adentro.",
    "Me duele ver que ya no vas a la carpintería que tanto te gustaba.",
    "Yo me siento sola y con miedo cuando no contestás el teléfono por dos días.",
    "Te admiro por todo lo que lograste en la universidad, fuiste el primero de la familia en graduarse.",
    "Hoy te pido que digas que sí, que aceptes la ayuda que está esperando por vos.",
    "Mi nieto querido, tu abuela te tiene en sus oraciones y te da su bendición.",
    "La noche de la graduación de tu hija te quedaste dormido en el carro y ella te estuvo buscando; yo vi su carita triste.",
    "Quiero que sepas que no estás solo en esto, yo voy a estar a tu lado en este camino.",
    "Me acuerdo del viaje a Copacabana, cuando subimos al Calvario y me agarraste de la mano porque me daba miedo.",
    "Hija, sos lo más lindo que me dio la vida.",
    "Desde que dejaste de venir a los almuerzos de los sábados, tu mamá igual te pone el plato.",
    "Yo sé que sentís mucho dolor y que el alcohol parecía ayudarte, pero te está acabando.",
    "Te necesito sano para que me acompañés al altar cuando me case, papi.",
    "Ojalá podamos volver a pescar en el lago de Yojoa como cuando tenías doce años.",
    "Tengo fe en que vas a salir adelante, porque sos fuerte y valiente.",
    "Mijo, ya hablé con su patrón y le guarda el puesto mientras se recupera.",
    "Me preocupa tu tos y lo pálido que te ves desde que empezaste con el cristal.",
    "Sos mi hermano mayor y de chica yo quería ser igualita a vos.",
    "El tratamiento empieza mañana a las ocho, y yo misma te llevo en el carro.",
    "Recuerdo tu voz cantando en el coro de la parroquia, se me erizaba la piel.",
]

DEV22_TRAPS: list[str] = [
    "Mi papá, tu abuelo, era un bolo de cantina y yo juré que mis hijos no iban a pasar por lo mismo.",
    "Yo fui alcohólica durante once años y llevo nueve sobria, así que sé lo que estás sintiendo.",
    "Para mí vos no sos un drogadicto, sos mi hijo y estás enfermo.",
    "Tú me dijiste llorando 'mamá, soy un desastre', y yo te abracé fuerte.",
    "Hoy en la mañana limpiamos tu cuarto juntos con tu hermana y pusimos tus fotos de la primera comunión.",
    "Siempre te voy a amar, pase lo que pase.",
    "Nunca dejo de rezar por vos, mijo.",
    "Los domingos siempre íbamos a comer caldo de gallina donde la abuela Chayo.",
    "Te felicito de corazón por los cuatro meses que aguantaste sin tomar el año pasado, eso fue de verdad un logro.",
    "El doctor Paredes nos explicó que tu hígado está inflamado y que todavía se puede recuperar si dejás de tomar.",
    "Ya sabés que yo soy adicta al tereré, tu tía se ríe de mí por eso.",
    "Tu tío Beto era un borracho y murió solo en una pensión de Guayaquil; no quiero eso para ti.",
    "Nosotros nos íbamos a la feria de Alasitas en La Paz a comprar casitas en miniatura.",
    "Gracias a vos aprendí a manejar, a cambiar una llanta y a no rendirme.",
    "Vos sos la razón por la que me levanto contenta cada mañana.",
    "Nunca es tarde para empezar de nuevo, hijo.",
    "En la farmacia trabajo con gente que fue adicta y hoy tienen vidas hermosas.",
    "Un compañero mío era cocainómano y hoy es pastor de una iglesia en San Pedro Sula.",
    "No estoy aquí para decirte que eres un alcohólico, estoy aquí para decirte que te quiero.",
    "Me dijiste una vez 'yo no soy ningún borracho, ma', y yo quiero creer que podés cambiar.",
    "Mi esposo y yo nunca perdimos la esperanza en vos.",
    "Los diciembres siempre armábamos el nacimiento juntos con musgo y aserrín de colores.",
    "Lo felicito, mijo, por el diploma del curso de soldadura; ya lo colgué en la sala.",
    "Qué orgullo verte recibir la medalla de tus seis meses en el grupo, fue el mejor día del año.",
    "Tu psiquiatra, la doctora Benítez, te diagnosticó depresión y ella dice que con tratamiento se mejora.",
    "Yo también estuve en negación mucho tiempo con mi propia tristeza.",
    "A mí me diagnosticaron ansiedad hace años y pedir ayuda fue lo mejor que hice.",
    "La verdad es que yo me porté pésimo contigo aquella vez y me avergüenza, perdóname.",
    "Me sentí patética llorando en el bus aquella noche, pero era de puro amor.",
    "Vos jugaste limpio toda la vida en la cancha, ningún árbitro te sacó roja.",
    "Jamás te voy a abandonar, eso tenelo claro.",
    "Nosotros te amamos y estamos aquí contigo, hoy y mañana.",
    "Toda la familia vino hoy porque te quiere.",
    "Si decís que sí hoy, yo te acompaño a la clínica y me quedo contigo la primera noche.",
    "Hace dos años me dijiste 'ma, me siento un inútil', y yo te respondí que para mí sos todo.",
    "El médico dijo que la herida de tu pierna ya está limpia y sanando bien, gracias a Dios.",
    "Siempre que pienso en vos me acuerdo de tu risa fuerte.",
    "Hasta el día de hoy no ha pasado un solo día sin que yo piense en vos.",
    "Don Mario, el del taller, era alcohólico y hoy lleva veinte años sin probar una gota.",
    "Nunca me voy a olvidar del día que me llevaste en hombros a ver el desfile del 15 de septiembre.",
    "No sos un fracasado, sos un hombre que está pasando por una enfermedad.",
    "Me acuerdo cuando bailamos todos la cueca en el matrimonio de la Rosita, vos eras el alma de la fiesta.",
]

DEV22_BOTTOM_LINE_OK: list[str] = [
    "Si hoy decís que no, yo ya no te voy a dar plata para nada, ni para el bus.",
    "Mijo, si usted no acepta el tratamiento, yo no voy a seguir pagando sus deudas con el prestamista; se lo digo con amor y con dolor.",
    "Si decidís no ir, voy a cambiar la chapa de la casa y vas a tener que buscar otro lugar donde dormir, aunque me parta el alma.",
    "Si hoy la respuesta es no, yo no voy a mentir más por vos en tu trabajo.",
    "Si dices que no, ya no te voy a prestar el carro, porque no quiero recibir esa llamada.",
]
