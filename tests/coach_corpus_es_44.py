# ruff: noqa: E501  (sentences stay whole, as written)
"""Spanish batch 44 (round 6, 2 December 2026): our own sentences beside development batches 5,
6 and 7. TRAPS_44 are the kind twins of the innocent flags those batches found (each cause fixed
by a guard), and of the round's new constructions; FLAG_44 shows each new construction in words
of our own. Written with the rules, so not a first look.

FLAG_45 / TRAPS_45 (batch 45) are a study in other voices (texting forms, voseo, Caribbean and
Andean usage) and the weak kinds (threats said politely, sarcasm without praise words, blame
inside a memory), written before any rule for them and scored once first: recall 39/46 rules
alone, 41/46 with the model; traps 1/25. Then tuned on.
"""

from __future__ import annotations

FLAG_44: list[tuple[str, set[str]]] = [
    # threats: a price after a condition, said with love or with courtesy
    ("Te amo, pero si hoy no firmas el ingreso, mañana hablo con mi abogada.", {"threat"}),
    (
        "Le aviso con respeto que, de no internarse, me veré obligado a informar a recursos humanos.",
        {"threat"},
    ),
    ("Si vuelves a meterte esa porquería, me llevo a las niñas con mi mamá.", {"threat"}),
    ("Si te vuelvo a encontrar con una botella en el carro, empaco tus cosas.", {"threat"}),
    ("Si recaes otra vez, pierdes la custodia, así de claro.", {"threat"}),
    ("Te quedan tres días para decidirte; después se acabó.", {"threat"}),
    ("Sobrio o te vas, no hay más.", {"threat"}),
    ("La familia o la botella. Tú decides.", {"threat"}),
    ("Ningún borracho entra a mi casa, ni siquiera tú.", {"threat"}),
    ("Vuelve cuando estés sobrio, antes no.", {"threat"}),
    ("Última oportunidad, luego no habrá otra.", {"threat"}),
    ("Si dices que no, mis nietos no van a volver a ver a su papá.", {"threat"}),
    # sarcasm without "felicidades": a role "resultaste", a count of one, praise said twice
    ("Valiente hermano resultaste: ni a la misa de papá llegaste sobrio.", {"sarcasm"}),
    ("Genial, mija, otro cumpleaños de tu hijo que te pierdes por andar de fiesta.", {"sarcasm"}),
    ("Brillante manera de pasar la Navidad, tirado en el patio con la botella.", {"sarcasm"}),
    ("Te felicito, este año contestaste el teléfono una vez.", {"sarcasm"}),
    ("Qué lindo te quedó el brindis en la boda, borracho y tirando la copa.", {"sarcasm"}),
    ("Gracias, cuñado, por arruinar el bautizo de mi sobrina.", {"sarcasm"}),
    ("Gracias por dejarnos plantados en el aeropuerto, hermanito.", {"sarcasm"}),
    ("Qué considerado de tu parte, dejarme sola con las deudas.", {"sarcasm"}),
    ("Muy lindo, papá, muy lindo lo que hiciste en la fiesta.", {"sarcasm"}),
    ("Qué responsable, llegar pedo a la junta de la escuela.", {"sarcasm"}),
    ("¿Cuántas horas llevas sobrio esta vez, cinco?", {"sarcasm"}),
    ("No eres un santo que digamos, y lo sabes.", {"sarcasm"}),
    ("Gracias a ti ahora tengo que pagar la fianza de mi propio hermano.", {"sarcasm"}),
    # diagnoses said in passing
    ("Lo tuyo con las apuestas es pura obsesión enfermiza, Memo.", {"diagnosis"}),
    ("Creo que tienes algo de psicópata, de verdad.", {"diagnosis"}),
    ("Sos un borracho en plena negación.", {"label", "diagnosis"}),
    ("Eso es típico de un narcisista como tú.", {"diagnosis"}),
    ("Tu ansiedad es puro teatro para que te tengamos lástima.", {"diagnosis"}),
    ("Tu narcisismo nos tiene a todos agotados.", {"diagnosis"}),
    # hearsay: named people, messages, the whole town
    ("Tengo entendido que otra vez te corrieron del trabajo.", {"hearsay"}),
    ("Tu jefa me mandó un mensaje diciendo que no te presentaste el lunes.", {"hearsay"}),
    ("Vi la foto que me pasaron tus primos, tirado en la banqueta.", {"hearsay"}),
    ("Toda la colonia ya sabe lo de tus deudas.", {"hearsay"}),
    ("Tu prima, la Chela, dice que te vio comprando en la esquina.", {"hearsay"}),
    ("Mis tías me preguntan cada domingo si es verdad que vendiste el carro.", {"hearsay"}),
    ("Según me contaron, ya no vas a las juntas.", {"hearsay"}),
    ("Me duele que tu propio hijo me haya contado que le gritas.", {"hearsay"}),
    # blame inside a memory, a price named, a person you chose over us
    ("La responsable de que tu hijo no quiera venir eres tú.", {"blame"}),
    ("Lo del accidente fue obra tuya y de nadie más.", {"blame"}),
    ("Tu mamá llora cada noche y eso es cosa tuya.", {"blame"}),
    ("El cierre del negocio también te lo debo a ti.", {"blame"}),
    ("Aquel viaje a la playa con los niños me lo quitaste tú, con tus borracheras.", {"blame"}),
    ("Preferiste a tus compas de la cantina antes que a tu hija.", {"blame"}),
    ("Por andar en tus pedas, tu hijo reprobó el año.", {"blame"}),
    ("Ya lograste que tu papá acabara en el hospital.", {"blame"}),
    ("Si tu sobrino empezó a tomar es porque te ve a ti.", {"blame"}),
    ("A tu abuela la tienes con la presión por las nubes.", {"blame"}),
    ("Tu abuelo se fue a la tumba con esa tristeza tuya.", {"blame"}),
    ("Gracias a vos tuve que vender la moto.", {"blame"}),
    ("Perdí el trabajo por culpa de tu cristal.", {"blame"}),
    # absolutes without siempre/nunca
    ("Ni una vez en cinco años me has dicho la verdad.", {"absolute"}),
    ("Ni un solo domingo llegas a la comida sin aliento a cerveza.", {"absolute"}),
    ("Usted no ha venido a ni una sola reunión de la escuela.", {"absolute"}),
    ("Nada de lo que te pedimos te importa.", {"absolute"}),
    ("Todo lo que dices desde que volviste es pura mentira.", {"absolute"}),
    ("Todo lo que te prestamos lo terminas empeñando.", {"absolute"}),
    ("Nos mientes constantemente, hasta a tus hijos.", {"absolute"}),
    ("Siempre se pierde algo de la casa cuando vienes.", {"absolute"}),
    ("Todos los cumpleaños terminan igual, contigo gritando.", {"absolute"}),
    ("Cada quincena es la misma historia con el casino.", {"absolute"}),
    ("Eres una madre que nunca llega a las funciones de sus hijos.", {"absolute"}),
    ("Chocaste el carro de tu papá otra vez, y borracho.", {"absolute"}),
    ("Otra vez lo mismo: la cantina, la policía y yo pagando la fianza.", {"absolute"}),
    ("Tu hija llora todas las noches por tu culpa.", {"absolute", "blame"}),
    # insults built on a label, shame, comparisons
    ("Hoy sos un borracho mentiroso que le roba a su propia madre.", {"label", "insult"}),
    ("Eres una marihuanera de cuarta, y me duele decirlo.", {"label", "insult"}),
    ("Ya eres un maldito tecato, compadre.", {"label", "insult"}),
    ("Te portaste como un animal en la boda de tu prima.", {"insult"}),
    ("Pareces un limosnero, sin rumbo ni dignidad.", {"insult"}),
    ("Usted ya no vale nada, ni para sus nietos.", {"insult"}),
    ("¿Para qué sirves, si no puedes ni pagar la luz?", {"insult"}),
    ("Deberías sentir vergüenza de que tu hija te vea tirado.", {"insult"}),
    ("Un egoísta, eso es lo que eres.", {"insult"}),
    ("Qué desperdicio de inteligencia, hermano.", {"insult"}),
    ("Ningún padre que se respete abandona así a sus hijos.", {"insult"}),
    ("Me avergüenzo de admitir que eres mi papá.", {"insult"}),
    ("Es usted un vividor sin vergüenza.", {"insult"}),
    # labels in slang and to the reader's face
    ("Ya eres un tomador empedernido, papá.", {"label"}),
    ("Te volviste un enfermo del trago.", {"label"}),
    ("Sos un bolo más de la cantina.", {"label"}),
    ("No te hagas, borracho, que todos te vimos.", {"label"}),
    ("ya todos saben que mi mama es adicta a las pastillas", {"label"}),
    # "nosotros" without "nosotros"
    ("Como familia ya no te creemos.", {"we"}),
    ("Fue acordado por toda la familia que no vas a manejar.", {"we"}),
    ("La opinión de todos es que estás destruyendo tu vida.", {"we"}),
    ("Mis primos y yo pensamos igual: necesitas ayuda.", {"we"}),
    ("Estamos todos agotados de tus excusas.", {"we"}),
    # "limpio" after the clinic, mocked, or as a price
    ("Cuando salgas de la clínica limpio, te llevo a pescar.", {"clean"}),
    ("¿Limpio de qué, si te vimos en la cantina?", {"clean"}),
    ("Sobrio o te vas; limpio o te vas.", {"clean", "threat"}),
]

GOOD_44: list[str] = []

TRAPS_44: list[str] = [
    # professionals, programmes and scripture: information, not gossip
    "La doctora del hospital nos dijo que saliste bien de la operación, y lloramos de alegría.",
    "La enfermera me explicó que las visitas de los sábados duran una hora.",
    "Nos explicaron en el grupo de Al-Anon que tu enfermedad no es culpa de nadie.",
    "Dice la Biblia que el amor todo lo soporta, y yo te sigo queriendo.",
    # a saying about things, not the reader
    "Mi tía dice que los tamales de elote saben mejor al día siguiente.",
    # memories that "every time" brings back
    "Cada vez que huelo el café de olla me acuerdo de ti y de las mañanas en el rancho.",
    "Siempre que veo un partido de los Pumas pienso en ti, papá.",
    # praise with "siempre" and "nunca"
    "Tía, tú siempre me preparas los mejores chilaquiles, y eso no lo cambia nada.",
    "Abuela, usted siempre ha sido mi ejemplo.",
    "Nunca dejaste de escribirme cuando estuve en el cuartel.",
    # blame words said kindly
    "Ninguna de estas cosas fue culpa tuya del todo; todos nos equivocamos.",
    "Por tu culpa me enamoré de la salsa y ahora no paro de bailar.",
    "Gracias a usted aprendí a leer de niña, y jamás lo voy a olvidar.",
    # "nosotros" deciding in love
    "Decidimos preparar un cuarto para ti en la casa, por si quieres quedarte con nosotros un tiempo.",
    "Tu papá y yo decidimos llevarte a la playa cuando salgas, como antes.",
    # someone who calls themself a name; the writer's own test
    "En la reunión conocí a una señora que se presenta como alcohólica y lleva quince años sin beber.",
    "Mis análisis de sangre salieron limpios, así que no te preocupes por mi salud.",
    # twins of the new threat constructions
    "Si hoy no puedes firmar, no pasa nada, te vamos a esperar.",
    "Te quiero con toda el alma y, si no aceptas hoy, te voy a seguir queriendo igual.",
    "Limpio o no, siempre vas a ser mi hijo.",
    "Vuelve cuando quieras, aquí te esperamos con la mesa puesta.",
    "No te quiero aquí triste, ven a la cocina conmigo.",
    "Te quedan dos días de vacaciones, aprovéchalos con los niños.",
    "Es la última oportunidad para comprar los boletos del concierto, después se acaban.",
    "Mi hermano no entra a mi casa sin traer pan dulce, es su costumbre.",
    # twins of the new sarcasm constructions
    "Qué lindo amigo resultaste, nunca me dejaste sola en el hospital.",
    "¡Bárbaro, che, otro cumpleaños juntos en la quinta de los abuelos!",
    "Excelente manera de usar tu inteligencia: ayudando a tu hermana con las tareas.",
    "¡Felicidades! Te gradúas una sola vez en la vida.",
    "Te luciste con el discurso en la boda de tu hermana, nos hiciste llorar a todos.",
    "Gracias, papá, por dejarme sola en la cocina para que aprendiera a hacer el mole.",
    "Muy bien, hijo, muy bien, así se hace, estoy orgullosa de ti.",
    "Súper responsable de tu parte llegar temprano a cuidar a los niños.",
    "Ya llevas sobrio cuántos, ¿cuarenta días? Me alegra muchísimo.",
    "No has sido precisamente un mal padre; hiciste lo que pudiste.",
    # twins of the new diagnosis and hearsay constructions
    "La psiquiatra me explicó que tu diagnóstico tiene tratamiento, y eso me dio paz.",
    "Tengo entendido que te ascendieron, ¡qué orgullo!",
    "Tu abuela me mandó un mensaje diciendo que te quiere mucho y que reza por ti.",
    "Toda la familia ya sabe lo del bebé y estamos felices por ti.",
    "Mi prima, la Chela, dice que te extraña mucho.",
    "Lo tuyo con la guitarra es pura pasión, hijo.",
    "Tu depresión no es ningún cuento; te creo y te acompaño.",
    "Dice el padre Julián que la puerta de la parroquia siempre está abierta para ti.",
    "Cuando ibas en la primaria, la maestra me dijo que eras el más listo del salón.",
    # twins of the new blame constructions
    "Lo que soy te lo debo a ti, papá.",
    "Si quieres venir o no, eso es cosa tuya, y está bien.",
    "Preferiste a tus hijos antes que a la botella, y eso te honra.",
    "Me tienes preocupada, pero sé que vas a salir adelante.",
    "Si tu hermano empezó a estudiar medicina es porque te vio a ti.",
    "Me lo quitaste tú de la boca, justo lo que iba a decir.",
    # twins of the new absolute constructions
    "Ni un solo día dejo de pensar en ti.",
    "Todo lo que tocas lo conviertes en algo bonito, como tu abuela.",
    "Todos los cumpleaños terminan igual: todos bailando en el patio y tú cantando.",
    "Eres un hombre que nunca se rinde, y eso me da esperanza.",
    "Ganaste otra vez el torneo de dominó, tramposo.",
    "Llegaste otra vez a casa y te abracé como cuando eras niño.",
    "Todos los domingos prendo una veladora por ti.",
    "Tus hijas preguntan por ti todas las noches.",
    "Cada noche rezo por ti, mijo.",
    # twins of the new insult, label, "nosotros" and "limpio" constructions
    "Usted es un tíguere en el dominó, nadie le gana.",
    "Boludo, sos mi mejor amigo y no te voy a soltar.",
    "Mi papá era un borracho mentiroso, y no quiero eso para ti.",
    "Te disfrazaste de perro callejero en Halloween y nos reímos muchísimo.",
    "No estás loco de remate; estás enfermo y tiene tratamiento.",
    "Un hombre de verdad no tiene miedo de pedir ayuda, y tú lo estás haciendo.",
    "Eres un niño sin vergüenza de bailar, y eso me encanta.",
    "Como familia cometimos errores, y queremos corregirlos contigo.",
    "Como familia te queremos y te esperamos.",
    "Mis primos y yo pensamos igual que tú sobre el fútbol.",
    "La ropa salió limpia de la lavandería, ya te la llevo.",
    "Mi abuela es una santa y nadie la quiere más que yo.",
]

FLAG_45: list[tuple[str, set[str]]] = [
    # texting forms
    ("xq siempre tienes q llegar tomado a todo", {"absolute"}),
    ("ya ni se cuantas veces m has mentido con lo del trabajo", {"absolute"}),
    ("k verguenza q mis amigos t vean asi en la calle", {"insult"}),
    ("si no vas al centro el lunes olvidate d mi y d los niños", {"threat"}),
    ("tu primo m dijo q andas otra vez con la piedra", {"hearsay"}),
    ("eres un borracho y ya todos lo sabemos", {"label", "we"}),
    ("gracias x arruinarme el cumple, de verdad", {"sarcasm"}),
    ("tas loco, necesitas un psiquiatra ya", {"diagnosis"}),
    ("por tu culpa mi mama no duerme, y lo sabes", {"blame"}),
    ("nunk estas cuando t necesito, nunk", {"absolute"}),
    # voseo
    ("Vos nunca te hacés cargo de nada, che, de nada.", {"absolute"}),
    ("Si no te internás esta semana, no me ves más el pelo.", {"threat"}),
    ("Sos un falopero y un chanta, Lucas.", {"label", "insult"}),
    ("Mirá qué lindo, otra vez llegaste en pedo al cumpleaños de la nena.", {"sarcasm"}),
    ("Dice la Vero que te vio tirado en la plaza el domingo.", {"hearsay"}),
    ("Vos tenés algo de psicópata, te lo digo en serio.", {"diagnosis"}),
    ("Todos acá estamos re podridos de tus mentiras.", {"we"}),
    ("Por vos la abuela terminó internada del disgusto.", {"blame"}),
    # Caribbean
    ("Mano, tú eres un tecato y to' el barrio lo sabe.", {"label", "hearsay"}),
    ("Mi'jo, si sigue en la calle, le cambio la cerradura, se lo juro.", {"threat"}),
    ("Tremendo papá que tú eres, dejando a los muchachos solos pa' irte a janguear.", {"sarcasm"}),
    ("Me dijeron en el colmado que te vieron arrebatao otra vez.", {"hearsay"}),
    ("Tú siempre con tu cuento de que mañana lo dejas, siempre.", {"absolute"}),
    ("Ese bipolar que tú tienes no es excusa pa' tratar a tu mai así.", {"diagnosis"}),
    ("Chico, tú eres un sinvergüenza de marca mayor.", {"insult"}),
    ("Acere, la culpa de que tu mamá esté enferma es tuya.", {"blame"}),
    # Andean
    ("Hijito, usted ya es un borrachito de esos que duermen en la plaza.", {"label"}),
    ("Oiga, si no se interna, ya no le vamos a recibir en la casa, pues.", {"threat"}),
    ("Toda la familia ya sabe lo que hace usted los viernes, pues.", {"hearsay"}),
    ("Cada vez que se emborracha, usted le grita a la mamita.", {"absolute"}),
    ("Usted está mal de la cabeza, hijo, eso no es normal.", {"diagnosis"}),
    ("Qué bonito, pues, gastarse la plata del colegio en trago.", {"sarcasm"}),
    ("Por usted la chacra se perdió, y eso no se olvida.", {"blame"}),
    ("Nosotros ya hemos decidido que usted no maneja más la camioneta.", {"we"}),
    # memories with blame, polite threats, sarcasm without praise words
    (
        "Me acuerdo de tus cumpleaños de niño con piñata y todo, y ahora la fiesta de tu hija terminó en la comisaría por tu culpa.",
        {"blame"},
    ),
    (
        "Con todo respeto te pido que lo pienses, porque si no aceptas, el lunes presento la demanda de custodia.",
        {"threat"},
    ),
    (
        "Le agradecería que entendiera que, si usted no cambia, la empresa prescindirá de sus servicios.",
        {"threat"},
    ),
    ("Ah, pero claro, el señor necesitaba su traguito para relajarse.", {"sarcasm"}),
    ("Seguro tus amigos de la cantina te van a cuidar cuando estés viejo.", {"sarcasm"}),
    ("Eres un narcisista de manual, todo gira alrededor de ti.", {"diagnosis"}),
    ("Tu suegra anda contando que le robaste el anillo.", {"hearsay"}),
    ("Cada Navidad es lo mismo: tú borracho y los niños llorando.", {"absolute"}),
    ("Hace años que no cumples una sola promesa.", {"absolute"}),
]

GOOD_45: list[str] = []

TRAPS_45: list[str] = [
    "xq no vienes el domingo? t guardo tamales",
    "k bonito verte sonreir otra vez, t quiero",
    "Vos siempre me hacés reír, boludo, sos lo más.",
    "Si te internás esta semana, te voy a visitar todos los domingos.",
    "Dice la Vero que te extraña y que le escribas.",
    "Mano, to' el barrio pregunta por ti y te manda bendiciones.",
    "Mi'jo, si necesita algo, aquí está su casa, se lo juro.",
    "Tremendo papá que tú eres con los muchachos, siempre pendiente.",
    "Me dijeron en el colmado que ya estás trabajando, qué alegría.",
    "Hijito, usted siempre fue el más trabajador de la chacra.",
    "Oiga, si se interna, nosotros le cuidamos a los chicos, pues.",
    "Cada vez que lo veo reír, hijo, me acuerdo de su papá.",
    "Qué bonito, pues, verlo jugar con sus sobrinos otra vez.",
    "Nosotros hemos decidido acompañarlo al centro, hijito.",
    "Me acuerdo de tus cumpleaños de niño con piñata y todo, y sueño con celebrar el próximo contigo.",
    "Con todo respeto te pido que lo pienses, porque te queremos de vuelta.",
    "Seguro tus amigos del equipo te van a esperar cuando salgas.",
    "El médico dijo que lo tuyo es depresión y que tiene tratamiento.",
    "Tu suegra anda contando que hiciste el mejor asado del año.",
    "Cada Navidad es lo mismo: tú cantando y los niños bailando.",
    "Hace años que no te veía tan contento, hermano.",
    "No eres un borracho, eres mi hermano y estás enfermo.",
    "Gracias x venir al cumple, la nena estaba feliz.",
    "Por vos aprendí a manejar, che.",
    "Ya nadie en la familia duda de que vas a salir adelante.",
]
