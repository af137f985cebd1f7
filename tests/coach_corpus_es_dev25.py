# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""Spanish development batch 25 (4 December 2026, round 22, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: Colombian and Peruvian grown children and siblings writing with usted: absolutes most, then blame and hearsay. The writer was asked to keep calm consequences apart, as
DEV25_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main cdd2c5a, rules and model 0.78 (59/76; the rules alone 38/76): label 3/4, absolute 16/24, blame 9/12, insult 5/6, we 2/3, sarcasm 5/8, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 6/45 (13.3%; the rules alone 5).

At merge, before it was trained on: with main bfd6408, rules and model 0.80 (61/76; the rules alone 44/76): label 3/4, absolute 17/24, blame 9/12, insult 5/6, we 2/3, sarcasm 6/8, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 6/45 (13.3%; the rules alone 5).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV25_FLAG: list[tuple[str, set[str]]] = [
    (
        "Papá, con todo el respeto que le tengo, usted jamás ha llegado sobrio a una reunión familiar en estos últimos años.",
        {"absolute"},
    ),
    (
        "Mamá, la quiero mucho, pero cada vez que la llamo despues de las seis ya está tomada.",
        {"absolute"},
    ),
    (
        "Hermano, se lo digo con cariño: usted no cumple ni una sola de las cosas que promete.",
        {"absolute"},
    ),
    (
        "Con respeto le digo, papá, q usted todo el tiempo anda buscando plata pa las pastillas.",
        {"absolute"},
    ),
    (
        "Mijo, no hay un solo domingo en que usted no termine borracho en la tienda de don Efraín.",
        {"absolute"},
    ),
    (
        "Mi querida hermana, usted ya no contesta el celular nunca, ni cuando la mamá estuvo hospitalizada.",
        {"absolute"},
    ),
    (
        "Papá, usted a toda hora tiene una excusa lista, que el estrés, que la chamba, que el clima.",
        {"absolute"},
    ),
    (
        "Con todo cariño, Julián, cada fin de semana sin falta usted desaparece y vuelve el lunes oliendo a trago.",
        {"absolute"},
    ),
    (
        "Tío, con respeto, en ningún momento usted ha reconocido que el perico se lo está comiendo vivo.",
        {"absolute"},
    ),
    (
        "Mamá, usted se la pasa encerrada en el cuarto con sus pastillas y ya no sale pa nada.",
        {"absolute"},
    ),
    (
        "Hermanito, todas las veces que le he prestado plata usted se la ha gastado en droga.",
        {"absolute"},
    ),
    ("Usted ya ni pregunta por sus nietos, papá, solo llama cuando necesita algo.", {"absolute"}),
    (
        "Señora madre, con el respeto que usted merece, ni una vez en todo este año ha cumplido lo que le prometió al doctor.",
        {"absolute"},
    ),
    (
        "Pa, usted todos los dias sale de la chamba derechito a la cantina, sin excepcion.",
        {"absolute"},
    ),
    (
        "Hermana, cada que hay una fiesta usted se pierde y nadie sabe dónde anda hasta el otro día.",
        {"absolute"},
    ),
    (
        "Abuelo, lo quiero muchísimo, pero usted no ha pasado una sola noche sin su botella desde que murió mi abuelita.",
        {"absolute"},
    ),
    ("Papi, usted repite 'mañana dejo' y ese mañana no llega jamás.", {"absolute"}),
    (
        "Primo, desde que lo conozco usted no ha terminado ni una cosa de las que empieza, todo lo deja tirado por el trago.",
        {"absolute"},
    ),
    (
        "Mamá, perdone que se lo diga así, pero usted todito el tiempo miente sobre cuánto toma.",
        {"absolute"},
    ),
    (
        "Hermano, ya usted no cumple ni una promesa, ni siquiera la del cumpleaños de su hija.",
        {"absolute"},
    ),
    (
        "Mijo, cada vez que sale con esos parceros de la 70 vuelve sin un peso y sin celular.",
        {"absolute"},
    ),
    (
        "Papá, con respeto: usted en la casa no mueve un dedo, todo le toca a mi mamá mientras usted duerme la borrachera.",
        {"absolute"},
    ),
    (
        "Ñaña, desde la Navidad pasada no ha habido una reunión en la jato donde usted no termine discutiendo con alguien.",
        {"absolute"},
    ),
    (
        "Por culpa suya, papá, mi mamá tuvo que ponerse a trabajar de noche en la panadería.",
        {"blame"},
    ),
    ("Usted es la razón por la que Valentina ya no quiere venir a la casa.", {"blame"}),
    (
        "Perdimos la jato de Surco por sus deudas, y eso es responsabilidad suya y de nadie más.",
        {"blame"},
    ),
    ("Hermano, usted prefirió el trago antes que a sus propios hijos, así de simple.", {"blame"}),
    ("Con todo lo que yo me he sacrificado por usted, mamá, y así es como me paga.", {"blame"}),
    (
        "Usted nos dañó la Navidad a todos, papá, y la del año pasado no se me va a borrar.",
        {"blame"},
    ),
    ("Mire cómo tiene a su mamá, mijo, mire lo que le hizo a esta familia.", {"blame"}),
    ("¿Cómo fue capaz de empeñar el anillo de la abuela pa comprar esa porquería?", {"blame"}),
    ("Que la abuela esté enferma de los nervios es culpa suya, tío, y usted lo sabe.", {"blame"}),
    (
        "Mi hermanita dejó la universidad xq usted se gastó la plata de la matrícula en pastillas.",
        {"blame"},
    ),
    ("Usted les quitó a mis hijos el abuelo que se merecían, papá.", {"blame"}),
    (
        "Yo perdí mi chamba de tanto pedir permiso pa ir a sacarlo de la comisaría a cada rato, eso se lo debo a usted.",
        {"absolute", "blame"},
    ),
    (
        "Su jefe me llamó y me contó que usted llegó tomado a la obra tres veces este mes.",
        {"hearsay"},
    ),
    (
        "La vecina, doña Gladys, dice que lo vio comprando en la esquina del parque a las dos de la mañana.",
        {"hearsay"},
    ),
    ("Me dijeron en el barrio que usted anda debiéndole plata a medio mundo, papá.", {"hearsay"}),
    ("Según su esposa, usted ya ni duerme en la casa los viernes.", {"hearsay"}),
    (
        "Mi prima Luz me comentó que a usted lo sacaron del bar de Miraflores a empujones.",
        {"hearsay"},
    ),
    ("Por ahi se comenta que usted volvió otra vez donde el jíbaro de Bellavista.", {"hearsay"}),
    (
        "Supe por su profe que ya no entra a clases y se queda fumando en el parque, mijo.",
        {"hearsay"},
    ),
    (
        "La enfermera del centro de salud le contó a mi mamá que usted fue a pedir recetas de clonazepam a escondidas.",
        {"hearsay"},
    ),
    (
        "Andan diciendo en la iglesia que usted estuvo tomando en pleno velorio de don Rigo.",
        {"hearsay"},
    ),
    (
        "Su compadre Wilmer me escribió que lo vio manejando borracho por la Panamericana el sábado.",
        {"hearsay"},
    ),
    ("Felicitaciones, papá, qué buen ejemplo les dio a los nietos en el bautizo.", {"sarcasm"}),
    (
        "Gracias por venir a mi grado, hermano, aunque llegó tan 'feliz' que ni se acuerda de la ceremonia.",
        {"sarcasm"},
    ),
    ("Qué chévere que se acordó de mi cumpleaños... tres días después y con tufo.", {"sarcasm"}),
    ("Usted sí es el hijo modelo, ¿no?, a mi mamá le toca pagarle hasta los pasajes.", {"sarcasm"}),
    ("Bravo, mijo, otra semana 'tranquilo' que terminó en la comisaría.", {"sarcasm"}),
    (
        "Qué gran idea la suya de celebrar el aniversario de mis papás con una botella de guaro escondida en el baño.",
        {"sarcasm"},
    ),
    (
        "Usted dice que está 'bien', tío, claro, tan bien que ya ni se puede parar solo.",
        {"sarcasm"},
    ),
    (
        "Muy elegante lo suyo en el matrimonio de Carolina, vomitando al lado de la torta.",
        {"sarcasm"},
    ),
    ("Me duele tener un papá alcohólico, pero eso es lo que usted es hoy.", {"label"}),
    ("Usted se volvió un drogadicto, Felipe, y ya no lo reconozco.", {"label"}),
    ("Mamá, usted es una borracha y ya es hora de que lo acepte.", {"label"}),
    ("Mi hermana Rocío se volvió una pastillera y a mí me toca verla así cada mañana.", {"label"}),
    (
        "Quiero que se limpie de verdad, hermano, que salga limpio de ese centro y no vuelva a caer.",
        {"clean"},
    ),
    ("El examen de orina salió sucio otra vez, mijo, y ya no le creo.", {"clean"}),
    (
        "Papá, si se mantiene limpio aunque sea tres meses, le juro que vuelvo a confiar en usted.",
        {"clean"},
    ),
    ("Me da vergüenza decir que usted es mi papá.", {"insult"}),
    ("Usted da asco cuando llega así, mijo, oliendo a orines y a trago.", {"insult"}),
    ("¿Qué clase de mamá deja a sus hijos solos pa irse a meter vicio?", {"insult"}),
    ("Es usted una vergüenza pa esta familia, tío, una vergüenza.", {"insult"}),
    ("Todos en la familia pensamos que usted ya perdió el control de su vida.", {"we"}),
    ("Sus hermanos y yo estamos de acuerdo en que usted se volvió un egoísta.", {"insult", "we"}),
    ("Ya todos estamos mamados de sus mentiras, papá.", {"we"}),
    ("O se interna esta semana o se me va de la casa, así de claro.", {"threat"}),
    ("Si no acepta el tratamiento, para mí usted deja de ser mi hermano.", {"threat"}),
    ("Le juro que si sigue así no vuelve a ver a sus nietos en la vida.", {"threat"}),
    (
        "Papá, yo creo que usted es bipolar, un día es un amor y al otro es un monstruo.",
        {"diagnosis", "insult"},
    ),
    ("Usted está en negación, hermano, y ni cuenta se da.", {"diagnosis"}),
    ("Lo suyo es narcisismo puro, Diego, todo tiene que girar alrededor de usted.", {"diagnosis"}),
]

DEV25_GOOD: list[str] = [
    "Papá, yo me acuerdo cuando me enseñó a montar bicicleta en el parque de Laureles.",
    "Mamá, usted me dio todo lo que tenía y hoy quiero devolverle un poquito de ese amor.",
    "Hermano, lo extraño, extraño al Camilo que me hacía reír hasta que me dolía la barriga.",
    "Estoy aquí porque lo quiero y porque quiero que usted viva muchos años más.",
    "El mes pasado lo vi temblando en la mañana antes del primer trago, y me asusté mucho.",
    "Abuelita, sus tamales de diciembre son de los recuerdos más bonitos que tengo.",
    "Me dolió verlo dormido en la sala con la ropa del día anterior, papá.",
    "Yo quiero que mis hijos conozcan al abuelo chistoso que me contaba cuentos de Chachapoyas.",
    "Hay un cupo para usted en un centro en Chosica, ya está todo listo, solo falta que diga que sí.",
    "Le pido con todo mi corazón que acepte la ayuda hoy mismo.",
    "Mijo, cuando usted nació yo lloré de felicidad en la clínica, y ese amor sigue intacto.",
    "Parce, usted fue el primero que me recibió cuando llegué a Bogotá sin conocer a nadie.",
    "Me preocupa su salud, tío, lo vi muy flaco y amarillo en la reunión del sábado.",
    "Cuando me llamó a las tres de la mañana sin saber dónde estaba, sentí un miedo horrible.",
    "Yo creo en usted, hermana, y creo que puede salir de esto.",
    "Me acuerdo de los paseos a Paracas en la camioneta vieja, usted cantando salsa a todo volumen.",
    "Usted me enseñó a trabajar duro y a ser honesto, papá, y eso se lo agradezco.",
    "Esta carta me costó mucho escribirla, pero la escribo porque lo amo.",
    "Amor, quiero volver a despertar a su lado y tomarnos el tinto juntos como antes.",
    "Me hace falta mi mejor amiga, mamá, la que me peinaba pa ir al colegio.",
    "Yo sé que por dentro usted sufre, y no tiene que cargar eso solo.",
    "El doctor Ramírez tiene una cita para usted mañana a las nueve, yo lo acompaño.",
    "Me dio mucha tristeza ver su silla vacía en la primera comunión de Sofi.",
    "Quiero tener a mi hermano de vuelta, el que me defendía en el colegio.",
    "Don Hernán, como su compañero de trabajo por quince años le digo que usted me importa mucho.",
    "Mi amor, los niños preguntan por usted y yo quiero poder decirles que papá se está curando.",
    "Abuelo, usted me llevaba a ver al Alianza Lima y yo me sentía la niña más feliz del mundo.",
    "Yo la vi llorar en la cocina en marzo, mamá, y quise abrazarla pero no supe cómo.",
    "Tengo una foto suya en mi escritorio, de cuando ganó el torneo de fútbol del barrio.",
    "Estoy dispuesta a acompañarlo a las terapias que le toquen, de verdad.",
    "Tía, usted fue como una segunda mamá pa mí cuando mis papás se separaron.",
    "Me asusta que una noche me llamen a decirme que le pasó algo.",
    "Ojalá podamos volver a cocinar un ajiaco juntos en la finca.",
    "Hace dos semanas encontré las tiras de pastillas en el bolsillo de su chaqueta y me quedé sin aire.",
    "Su nieta Mariana le hizo un dibujo y me pidió que se lo entregara hoy.",
    "No vine a juzgarlo, vine porque quiero que se mejore.",
    "Me encantaba oírlo tocar guitarra en las noches en la terraza, hermano.",
    "Quiero que sepa que cuando salga del tratamiento aquí va a estar su familia esperándolo.",
    "Papá, cuando perdió la chamba noté que dejó de reírse, y eso me partió el alma.",
    "Usted tiene un corazón enorme, mija, y yo todavía lo veo.",
    "Me acuerdo de su risa en la boda de mi prima en Cajamarca, bailando huaylas con la familia entera.",
    "La clínica de Lurín tiene un programa de 28 días y el seguro lo cubre.",
    "Le pido que hoy me escuche hasta el final, solo eso.",
    "Yo tmb tengo miedo, papá, pero más miedo me da perderlo.",
    "Cuando me gradué de enfermera usted me regaló un estetoscopio y me dijo q estaba orgulloso de mi.",
]

DEV25_TRAPS: list[str] = [
    "Yo fui alcohólico doce años y hoy llevo ocho limpio, por eso le hablo desde el corazón.",
    "Mi papá, su abuelo, era un borracho de cantina, y yo no quiero que a usted le pase lo mismo.",
    "Usted no es un drogadicto para mí, es mi hermano y punto.",
    "Siempre lo voy a querer, pase lo que pase.",
    "Nunca voy a dejar de creer en usted, papá.",
    "Siempre íbamos a Punta Hermosa en Semana Santa y usted era el que armaba la carpa.",
    "Felicitaciones de verdad por sus sesenta días, hermano, eso es enorme y estoy orgullosa.",
    "El sábado limpiamos juntos el garaje y me acordé de lo bien que la pasábamos antes.",
    "Usted me dijo 'soy un desastre, hija' y yo le contesté que no, que está enfermo y puede sanar.",
    "El doctor le dijo que tiene el hígado inflamado, papá, y yo quiero que se cuide por eso.",
    "Yo tmb tuve mis años de vicio con la marihuana, así que no le hablo desde arriba.",
    "Soy adicta al café y a las novelas turcas, eso sí lo admito.",
    "Nunca me voy a olvidar del día que me cargó en hombros en el desfile del colegio.",
    "Todos los diciembres armábamos el pesebre juntos, y eso es lo que quiero volver a vivir.",
    "No es culpa suya estar enfermo, mamá, la adicción es una enfermedad.",
    "Cuando yo estuve en rehabilitación, un compañero que había sido drogadicto me enseñó que pedir ayuda no es de débiles.",
    "Usted dice 'yo no soy ningún borracho', y yo no le voy a poner ningún nombre, solo le cuento lo que he visto.",
    "Siempre fue el más chistoso de los primos, el que nos hacía reír en los paseos.",
    "Sé que usted no es una mala persona, hermana, ni mucho menos una vergüenza.",
    "Mi exesposo era un alcohólico y yo sé lo que es cargar con eso sola; por eso estoy aquí con usted.",
    "Usted fue el papá del año cuando me acompañó a cada sesión de quimio, y eso lo digo en serio.",
    "Qué orgullo tan grande cuando recibió su ficha de treinta días, se lo digo de corazón.",
    "Mi abuelo murió de cirrosis siendo un alcohólico, y no quiero perderlo a usted también.",
    "Usted me decía 'mija, nunca se rinda', y hoy le devuelvo ese consejo.",
    "Ya limpié su cuarto y le tengo la maleta lista para el centro, cuando usted diga.",
    "Siempre que sacaba la guitarra en la finca de Fusa, todos nos quedábamos callados escuchándolo.",
    "Nadie en esta sala vino a juzgarlo.",
    "Nunca es tarde para empezar de nuevo, tío.",
    "Todos los días rezo por usted, mamá, desde que era chiquita.",
    "Usted siempre fue mi héroe, y para mí lo sigue siendo.",
    "Cada vez que veo su foto de graduación me acuerdo de lo capaz que es.",
    "Nosotros siempre cenábamos pollo a la brasa los viernes, y esa mesa lo extraña.",
    "Jamás voy a dejar de ser su hermana, eso no lo cambia nada.",
    "Tengo que reconocer que yo tmb he tomado de más en algunas fiestas, no soy perfecta.",
    "Usted me escribió 'soy un adicto y tengo miedo', y guardé ese mensaje porque fue muy valiente.",
    "La culpa no la tiene nadie, mijo, esto es una enfermedad y se trata.",
    "Gracias por haber venido hoy, papá, de verdad, sé que no fue fácil para usted.",
    "Me encantaba cuando nos íbamos al Nacional a ver a la U y usted gritaba todos los goles.",
    "Mi pata Beto fue un pastillero por años y hoy es consejero en un centro, él lo puede recibir.",
    "La psiquiatra de la clínica le diagnosticó depresión, papá, y yo quiero acompañarlo en ese tratamiento.",
    "Soy un adicto al trabajo, lo reconozco, y por eso a veces no estuve cuando usted me necesitó.",
    "Qué chévere fue verlo bailar con mi mamá en las bodas de plata, y eso se lo digo sin ironía.",
    "No lo culpo de nada, hermano, solo quiero que se cure.",
    "Usted no está loco, papá, ni yo soy quién para ponerle nombre a lo que siente; solo sé que está sufriendo.",
    "Cuando éramos niños siempre me guardaba la mitad de su salchipapa, y eso no se me olvida.",
]

DEV25_BOTTOM_LINE_OK: list[str] = [
    "Si hoy usted dice que no, papá, yo no le voy a seguir prestando plata, ni pa el arriendo ni pa nada.",
    "Si decide no ir al centro, yo no voy a volver a recogerlo de las fiestas a la madrugada.",
    "Mamá, si hoy no acepta la ayuda, yo no voy a dejar a los niños solos con usted mientras siga tomando.",
    "Hermano, si dice que no, lo sigo queriendo igual, pero ya no le voy a pagar el celular ni a cubrirlo con su jefe.",
]
