# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""Spanish development batch 24 (4 December 2026, round 22, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a Mexican wife and mother-in-law: absolutes in the writer's own words, often in the second half of a loving sentence, then blame. 3 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV24_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main cdd2c5a, rules and model 0.85 (67/79; the rules alone 62/79): absolute 18/26, blame 11/13, insult 4/5, sarcasm 9/10, every other kind full; good 2/42 (4.8%; the rules alone 1), traps 3/45 (6.7%; the rules alone 3).

At merge, before it was trained on: with main bfd6408, rules and model 0.91 (72/79; the rules alone 68/79): absolute 22/26, blame 12/13, insult 4/5, sarcasm 9/10, every other kind full; good 2/42 (4.8%; the rules alone 1), traps 3/45 (6.7%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV24_FLAG: list[tuple[str, set[str]]] = [
    (
        "Te amo con todo mi corazón, Beto, pero ni una sola vez en este año llegaste a la cena de los jueves como prometiste.",
        {"absolute"},
    ),
    (
        "Eres el papá q mis hijos adoran, pero cada fin de semana terminas tirado en el sillon con la cruda.",
        {"absolute"},
    ),
    (
        "Mijo, te quiero como si fueras mío, pero otra vez lo mismo, prometes y prometes y no cumples.",
        {"absolute"},
    ),
    (
        "Me acuerdo de cuando bailabamos en la boda de mi prima, y ahora de nuevo llegas a las 4 de la mañana oliendo a pisto como de costumbre.",
        {"absolute"},
    ),
    ("Sé que tienes un corazón enorme, pero a toda hora andas pegado a la botella.", {"absolute"}),
    (
        "Jamás de los jamases me has dicho la verdad de a donde se va el dinero de tu chamba.",
        {"absolute"},
    ),
    (
        "Todos los días de Dios te veo salir con la misma excusa de q vas con el Chuy, y yo ya se a que vas.",
        {"absolute"},
    ),
    (
        "Eres buen hombre, Ramiro, pero tu nunca piensas en nadie mas cuando te pones a tomar.",
        {"absolute"},
    ),
    (
        "Te quiero, güey, neta que si, pero siempre tienes un pretexto pa no ir al doctor.",
        {"absolute"},
    ),
    (
        "Tus hijas te extrañan muchisimo y tu no les contestas el telefono ni una vez cuando andas en tus cosas.",
        {"absolute"},
    ),
    (
        "Extraño al Toño que me llevaba a comer tacos al Centro, pero cada quincena desapareces con el pisto y regresas sin un peso.",
        {"absolute"},
    ),
    (
        "Mi hija te escogió porque eras detallista y trabajador, pero ya no haces nada de lo que dices, absolutamente nada.",
        {"absolute"},
    ),
    (
        "Te he visto esforzarte y lo reconozco, pero como de costumbre al tercer día ya estabas otra vez con las pastillas.",
        {"absolute"},
    ),
    (
        "Cada vez q te pido que hablemos te sales al patio a fumar y no regresas hasta q ya me dormí.",
        {"absolute"},
    ),
    ("Te amo, mi vida, pero no hay un solo domingo en que no amanezcas crudo.", {"absolute"}),
    ("Tu siempre dices 'ya mero lo dejo' y ese ya mero no llega nunca.", {"absolute"}),
    (
        "Mi amor, admiro lo buen hijo que eres con tu mamá, pero a mí jamás me escuchas cuando te pido que no manejes tomado.",
        {"absolute"},
    ),
    (
        "Hijo, me dio gusto verte en la comida del domingo, pero otra vez te metiste al baño cada media hora y yo se bien pa que.",
        {"absolute"},
    ),
    (
        "Eres mi compañero de vida, y aun asi todas las noches te quedas dormido en la troca con la lata en la mano.",
        {"absolute"},
    ),
    (
        "Ya perdí la cuenta de las veces que me juraste dejar el cristal, y de nuevo te lo encontré en la chamarra.",
        {"absolute"},
    ),
    (
        "Quiero creerte, Memo, de verdad, pero a cada rato me mientes con lo de las pastillas pal dolor.",
        {"absolute"},
    ),
    (
        "Los niños preguntan por ti y tu constantemente los dejas plantados en sus partidos de futbol.",
        {"absolute"},
    ),
    (
        "Yo se que me quieres, pero jamás te has disculpado por lo q paso en el cumpleaños de mi mamá.",
        {"absolute"},
    ),
    ("Siempre es por tu culpa que terminamos peleando en navidad.", {"absolute", "blame"}),
    ("Por tu culpa la Fer ya no quiere invitar amigas a la casa.", {"blame"}),
    ("Todo lo q esta pasando en esta familia es culpa tuya, y tu lo sabes.", {"blame"}),
    (
        "Despues de todo lo que yo hice por ti, de sacarte de los separos y pagarte el abogado, asi me pagas.",
        {"blame"},
    ),
    ("Escogiste la coca antes que a tu esposa y a tus propios hijos.", {"blame"}),
    ("Tú eres el que tiene a mi hija llorando todas las noches.", {"absolute", "blame"}),
    ("Nos echaste a perder la boda de tu hermano con tu borrachera.", {"blame"}),
    ("¿Cómo fuiste capaz de robarle a tu propia abuela pa comprar pastillas?", {"blame"}),
    ("Mira nomas como dejaste a tu mamá, enferma de los nervios por ti.", {"blame"}),
    ("Si perdimos la casa fue por ti, no por la crisis como tu dices.", {"blame"}),
    ("Mi hija dejó su carrera pa cuidarte y tú ni las gracias le das.", {"blame"}),
    ("Me quitaste los mejores años de mi vida con tu vicio.", {"blame"}),
    (
        "Nadie más tiene la culpa de esto, nomás tú, asi que no busques a quien echársela.",
        {"blame"},
    ),
    (
        "Felicidades, campeón, otro cumpleaños de tu hijo que te perdiste por andar de fiesta.",
        {"sarcasm"},
    ),
    ("Qué buen ejemplo les das a los niños llegando a gatas a la casa.", {"sarcasm"}),
    (
        "Esposo del año, la neta, dejarme sola en el hospital mientras tú estabas en la cantina.",
        {"sarcasm"},
    ),
    ("Muy bonito lo de la posada, eh, vomitar enfrente del nacimiento de mi comadre.", {"sarcasm"}),
    ("Gracias por llegar tan 'sobrio' a la graduación de tu hija.", {"sarcasm"}),
    (
        "Qué elegante te veías en los quince de tu sobrina, tirado junto a la mesa de los dulces.",
        {"sarcasm"},
    ),
    (
        "Tú dices q estas 'bien' y que lo tienes 'bajo control', claro que si, se nota muchísimo.",
        {"sarcasm"},
    ),
    (
        "Bravo, otra vez te corrieron de la chamba, ya van tres, todo un récord.",
        {"absolute", "sarcasm"},
    ),
    ("Qué responsable de tu parte gastarte el dinero de la renta en una sola noche.", {"sarcasm"}),
    ("Ay sí, el gran proveedor de la casa, que ni pal gas de este mes dejó.", {"sarcasm"}),
    (
        "Tu compadre el Chava me contó que te vio comprando en la esquina de la colonia.",
        {"hearsay"},
    ),
    (
        "Dice tu jefe que ya llevas varias faltas y que llegas oliendo a alcohol a la chamba.",
        {"hearsay"},
    ),
    (
        "Según la vecina, te quedaste dormido en la troca afuera de la casa toda la noche.",
        {"hearsay"},
    ),
    ("Me dijeron en la iglesia que andas pidiendo prestado a medio mundo.", {"hearsay"}),
    (
        "Tu prima Lupita me marcó pa decirme que te vio bien pasado en un bar de Garza Sada.",
        {"hearsay"},
    ),
    ("Por ahi andan diciendo que ya le debes a todo el barrio.", {"hearsay"}),
    ("La maestra de Dieguito me comentó q fuiste a recogerlo tomado.", {"hearsay"}),
    (
        "Supe por tu hermano q te fuiste de parranda el día que me dijiste que estabas en junta.",
        {"hearsay"},
    ),
    (
        "Me duele decirlo pero eres un borracho, Raúl, y ya no puedo seguir haciendo como que no.",
        {"label"},
    ),
    ("No quiero que mis nietos crezcan con un papá tecato.", {"label"}),
    ("Mi hija se caso con un adicto y yo no me di cuenta a tiempo.", {"label"}),
    ("Un briago como tú no se merece a una mujer como mi hija.", {"insult", "label"}),
    ("Quiero que te limpies de una vez y estes limpio pa la primera comunión de Sofi.", {"clean"}),
    ("El antidoping de la chamba te salió sucio y por eso te suspendieron.", {"clean"}),
    ("Llevas dos semanas limpio y ya quieres ir a la carne asada con los del trabajo?", {"clean"}),
    ("Das vergüenza, neta, un hombre de tu edad en ese estado.", {"insult"}),
    ("Qué clase de padre deja a sus hijos sin comer por irse a drogar.", {"insult"}),
    ("Me das asco cuando llegas oliendo a vómito y cerveza.", {"insult"}),
    ("Todos en la familia pensamos que ya no tienes remedio si sigues asi.", {"we"}),
    ("Tus hermanos y yo estamos de acuerdo en que eres un egoísta.", {"insult", "we"}),
    ("Ya estamos hartos todos de tus mentiras y de tus promesas.", {"we"}),
    ("O te internas o te largas de mi casa, tú decides.", {"threat"}),
    ("Si no te vas al anexo te juro que no vuelves a ver a los niños.", {"threat"}),
    ("Si sigues así, para mí ya estás muerto, y se lo voy a decir a todos.", {"threat"}),
    ("Yo creo q eres bipolar, un dia estas feliz y al otro ni quien te aguante.", {"diagnosis"}),
    ("Estás en negación total, mijo, y no lo quieres ver.", {"diagnosis"}),
    (
        "Mi comadre que sabe mucho de eso dice que eres narcisista, y yo ya lo creo.",
        {"diagnosis", "hearsay"},
    ),
]

DEV24_GOOD: list[str] = [
    "Neta, Beto, te amo desde q teníamos dieciséis y nos veíamos en la plaza de Apodaca.",
    "Me acuerdo de cuando me cantaste 'Si nos dejan' en la cocina y los niños se morían de risa.",
    "Eres el hombre que mi hija eligió y yo te recibí como a un hijo más.",
    "Quiero que vuelvas a ser el papá que armaba carritos de madera con Dieguito en el patio.",
    "Me da mucho miedo perderte, mi amor.",
    "Extraño cuando íbamos al mercado de la Merced por barbacoa y consomé.",
    "Hijo, desde que naciste fuiste mi alegría, y eso no ha cambiado.",
    "He visto que ya casi no comes y te ves muy flaco, y me preocupa tu salud.",
    "El mes pasado te vi temblando en la mañana antes de tu primer trago y se me partió el corazón.",
    "Quiero envejecer contigo, sentados en el porche viendo a los nietos jugar.",
    "Hay un lugar en Monterrey que te espera hoy mismo, ya está todo listo.",
    "Compadre, trabajamos juntos doce años en la planta y eres el mejor soldador que conozco.",
    "Papá, me enseñaste a manejar en el estacionamiento de la Soriana con muchísima paciencia.",
    "Tu abuela te manda su bendición y unos tamales de los que te gustan.",
    "Cuando te vi llorar en el velorio de tu papá entendí cuánto dolor cargas.",
    "Me preocupa que un día me hablen del hospital o de la Cruz Roja.",
    "Tus hijos necesitan a su papá completo, presente y sano.",
    "Te escribo esta carta con las manos temblando pero con mucho amor.",
    "Hermano, tú me defendiste en la secundaria cuando nadie más lo hizo.",
    "Mi vida, el martes te encontré dormido en el piso del baño y no podía despertarte, pensé que te me ibas.",
    "Me encanta como te ríes cuando ves las películas de Cantinflas con mi mamá.",
    "Yerno, cuando mi esposo murió tú te encargaste de todo el papeleo, y te lo agradezco en el alma.",
    "Ya no te reconozco la mirada, mijo, y extraño tus ojos de antes.",
    "Noté que faltaban las pastillas de mi rodilla en el botiquín, y eso me dolió mucho.",
    "Tu hija Valeria me preguntó el otro día si su papá estaba enfermo y no supe qué contestarle.",
    "Mi amor, te extraño aunque estés sentado junto a mí.",
    "Acuérdate de nuestro viaje a Real de Catorce, cuando se nos ponchó la llanta y nos reímos toda la tarde.",
    "Eres bien inteligente y tienes unas manos de oro pa la mecánica.",
    "Tengo fe en que vas a salir adelante, te conozco.",
    "Me asusté mucho cuando chocaste la camioneta en la carretera a Saltillo.",
    "Te pido de corazón que vayas hoy a la clínica, por ti y por tus hijos.",
    "Amiga, desde la prepa has sido mi hermana, y quiero verte sana.",
    "Hija, te vi muy pálida en la comida de mi santo y te temblaban las manos.",
    "Me gustaría que el próximo diciembre lo pasemos juntos en Zacatecas con tu familia.",
    "Anoche me quedé despierta pensando en ti y en lo mucho que te quiero.",
    "Contigo aprendí a andar en bici, tío, y quiero que mis hijos te conozcan como yo te conocí.",
    "Me duele ver que ya no vas a los partidos de los Tigres que tanto te gustaban.",
    "Sé que esto es difícil de escuchar, gracias por quedarte aquí sentado.",
    "Mija, tu sonrisa llenaba la casa y la quiero de vuelta.",
    "El sábado te vi manejar después de la carne asada con los niños atrás y me dio pánico.",
    "Quiero a mi esposo de regreso, al que me traía flores del mercado sin ningún motivo.",
    "Ándale, mi amor, di que sí, yo te llevo hoy mismo y me quedo contigo en la entrada.",
]

DEV24_TRAPS: list[str] = [
    "Mi papá fue un borracho toda su vida y yo no quiero eso pa ti, mi amor.",
    "Yo fui adicta a las pastillas por cinco años, asi que sé lo que se siente.",
    "No eres un drogadicto para mí, eres mi hijo y estás enfermo.",
    "Tú me dijiste llorando 'ya no sé quién soy' y yo nomás te abracé.",
    "Soy bien adicta al café de olla de tu mamá, eso ya lo sabes.",
    "El sábado limpiamos la cochera juntos y fue de los días más bonitos del año.",
    "Te voy a amar siempre, pase lo que pase.",
    "Nunca voy a dejar de rezar por ti, mijo.",
    "Siempre íbamos a Mazatlán en Semana Santa y tú manejabas cantando todo el camino.",
    "Felicidades de corazón por tus sesenta días en AA, estoy muy orgullosa de ti.",
    "Tu doctor dice que tu hígado está dañado, y eso me da mucho miedo porque te quiero vivo.",
    "Todos te queremos y aquí vamos a estar contigo.",
    "No es tu culpa tener esta enfermedad, pero sí está en tus manos aceptar la ayuda.",
    "Mi tío Chencho era un teporocho en Tepito y murió solito, no quiero eso para ti.",
    "Yo también tengo culpa, te solapé muchas veces y te cubrí con tu jefe.",
    "Jamás te voy a abandonar, güey, eres mi carnal.",
    "Cada fin de semana que pasamos en el rancho de tu abuelo es un recuerdo que guardo como tesoro.",
    "Me da vergüenza admitir que yo tampoco supe cómo ayudarte.",
    "La psiquiatra de la clínica te diagnosticó depresión, y me dio esperanza saber que tiene tratamiento.",
    "Yo estuve en negación mucho tiempo, no quería ver lo que estaba pasando en mi casa.",
    "Tu hija te hizo un dibujo pal día del padre y lo tengo pegado en el refri.",
    "Nunca me he arrepentido de casarme contigo.",
    "Eres el mejor abuelo que mis niños podrían tener, de verdad, no lo digo de broma.",
    "Siempre que me enfermaba tú me hacías caldo de pollo y me tapabas con la cobija de tigre.",
    "Fuimos a la playa de Tecolutla y nos quedamos hasta que salieron las estrellas.",
    "Me acuerdo que tu decías 'soy un desastre' y yo te contestaba que no, que eras mi héroe.",
    "Qué orgullo verte recibir tu ficha de los treinta días, neta, te la ganaste.",
    "Para mí no eres un borracho ni un vicioso, eres mi esposo y estás enfermo.",
    "Mi abuelo era alcohólico y mi mamá sufrió mucho, por eso yo sé lo que es.",
    "Tú y yo somos adictos a los tacos de trompo de don Lalo, ¿te acuerdas?",
    "Esta semana limpié tu cuarto y encontré la foto de tu primera comunión.",
    "Siempre fuiste el más chistoso de toda la familia.",
    "El médico del IMSS nos explicó que la adicción es una enfermedad del cerebro y no falta de voluntad.",
    "Ni una sola vez dudé de que eres un buen hombre.",
    "Otra vez te quiero dar las gracias por cuidar a mi mamá cuando estuvo internada.",
    "De nuevo te lo digo, mijo, esta casa es tu casa.",
    "Todos los días de Dios le pido a la Virgen que te cuide.",
    "A toda hora pienso en ti y en lo mucho que te quiero.",
    "Jamás de los jamases me voy a olvidar del día que nació Ximena y tú lloraste de felicidad.",
    "Yo fumaba mota en la prepa y dejarlo fue lo mejor que hice en mi vida.",
    "Mi hijo Rodrigo era un cristalero y hoy lleva tres años limpio, él te quiere ayudar.",
    "Qué bonito te quedó el altar de muertos que le hiciste al abuelo, neta te luciste.",
    "Sé que no eres un mal padre, eres un papá que está enfermo y que puede sanar.",
    "Cuando me dijiste 'estoy cansado de vivir así' supe que una parte de ti quiere ayuda.",
    "Nosotros siempre hacíamos tamales juntos en diciembre, tú, mi hija y yo.",
]

DEV24_BOTTOM_LINE_OK: list[str] = [
    "Si hoy dices que no, yo ya no voy a pagar tus deudas ni a darte dinero pa nada.",
    "Te amo, pero si no aceptas la ayuda hoy, yo me voy a ir con los niños a casa de mi mamá un tiempo.",
    "Mijo, si decides no ir, yo ya no voy a cubrirte con mi hija ni a inventar excusas por ti.",
    "Si hoy no aceptas, yo no voy a dejar que manejes mi carro ni que cuides solo a los niños.",
]
