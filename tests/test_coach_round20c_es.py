"""Round 20 (r42c): the Spanish constructions the r20c_ rules read (insults and shaming
comparisons, hearsay told by someone else, blame said indirectly), said in words of our own,
and their kind twins (someone else, the writer, negated, in quotes, idioms), rules alone.

Not named coach_dev* or coach_corpus_es*: these are the rules' own probes, not training data."""

from __future__ import annotations

import pytest

from interventionplanner.storage.coach_rules import load_coach

ROUND20C_ES_PROBES: list[tuple[str, str]] = [
    ("Trabajé dos turnos para pagarte la universidad y así me lo pagas.", "blame"),
    ("Vendí mi carro para sacarte de la cárcel y mira cómo me lo agradeces.", "blame"),
    ("Si mi azúcar está por las nubes es gracias a ti.", "blame"),
    ("Gracias a ti tu madre vive con los nervios de punta.", "blame"),
    ("Tu padre se fue a la tumba con esa tristeza, y sabes que fue por ti.", "blame"),
    ("La enfermedad de los nervios de tu madre es tu responsabilidad.", "blame"),
    ("Mi insomnio viene de tanto esperarte despierta.", "blame"),
    ("Mi ansiedad empezó el día que te encontré tirado en el garaje.", "blame"),
    ("Que el negocio haya quebrado corre por tu cuenta, no por la economía.", "blame"),
    ("Lo del embargo es tuyo, no mío.", "blame"),
    ("Eres la razón por la que los niños ya no quieren venir a la casa.", "blame"),
    (
        "Mi hija no tuvo su fiesta de graduación porque tú te gastaste el dinero en cerveza.",
        "blame",
    ),
    ("Si tu abuelo se murió triste fue porque nunca lo visitaste.", "blame"),
    ("Las arrugas de tu madre llevan tu nombre.", "blame"),
    ("¿De dónde crees que le viene la ansiedad a tu hija?", "blame"),
    ("¿A quién crees que le tocó pagar la fianza?", "blame"),
    ("Nos estás matando a disgustos, hijo.", "blame"),
    ("Todo por tu vicio, hasta la casa perdimos.", "blame"),
    ("Nos hiciste pasar la Navidad en urgencias.", "blame"),
    ("Nos hiciste la vida imposible durante diez años.", "blame"),
    ("¿Tú sabes por qué tu hijo ya no quiere dormir solo?", "blame"),
    (
        "Tu primo a tu edad ya tenía su casa, y tú mírate, durmiendo en el sofá de tu madre.",
        "insult",
    ),
    ("Mira a tu hermana, ella sí terminó sus estudios, y tú qué has hecho con tu vida.", "insult"),
    ("Ni los perros de la calle viven como vives tú.", "insult"),
    ("Cualquier perro callejero tiene más dignidad que tú.", "insult"),
    ("Eres un despojo humano.", "insult"),
    ("Ya no eres ni la sombra de lo que eras.", "insult"),
    ("Me da vergüenza decir en la iglesia que eres mi hijo.", "insult"),
    ("Qué asco me dio encontrarte tirado en el baño.", "insult"),
    ("Q asco verte así, con la baba colgando.", "insult"),
    ("Me avergüenza que mis vecinas te hayan visto en ese estado.", "insult"),
    ("Te ves asqueroso, con la ropa sucia y oliendo a trago.", "insult"),
    ("Estás hecho un guiñapo.", "insult"),
    ("Estás hecho un desastre, mírate al espejo.", "insult"),
    ("Eres la oveja negra de la familia.", "insult"),
    ("Te has vuelto la vergüenza de la familia.", "insult"),
    ("Con esa cara de zombi nadie te va a dar trabajo.", "insult"),
    ("Pareces un borracho de esos que piden en la calle.", "insult"),
    ("Mira nomás en lo que te convertiste.", "insult"),
    ("Mírate al espejo y dime si no te da pena lo que ves.", "insult"),
    ("Qué bajo has caído.", "insult"),
    ("Lo que hiciste en la boda fue asqueroso.", "insult"),
    ("what a loser, man", "insult"),
    ("Tú eres un descarado.", "insult"),
    ("La vergüenza que nos hiciste pasar delante de los vecinos no tiene nombre.", "insult"),
    ("Qué oso, mis amigas te vieron bien borracho en el parque.", "insult"),
    ("Das pena, hermano.", "insult"),
    ("No sirves para nada.", "insult"),
    ("Qué vergüenza, llegar así a la boda de tu prima.", "insult"),
    ("Tu padrino me habló y me dijo que dejaste de ir a las juntas.", "hearsay"),
    ("Una vecina me paró en la calle y me dijo 'tu hijo anda muy mal'.", "hearsay"),
    (
        "Vi la historia que subió tu prima y ahí estabas tú, borracho a las seis de la mañana.",
        "hearsay",
    ),
    ("Tu mejor amiga me confió que le da miedo que te pase algo con la coca.", "hearsay"),
    ("Tu prueba salió positiva otra vez, me dijo tu agente de libertad condicional.", "hearsay"),
    ("Tu jefe me llamó y dice que llegas oliendo a alcohol.", "hearsay"),
    ("Tu abuela cree que ya no la quieres porque nunca la llamas.", "hearsay"),
    ("La abuela piensa que ya no tienes remedio.", "hearsay"),
    ("Anoche me llamó tu ex y me dijo cosas de ti que no quiero repetir.", "hearsay"),
    ("Hasta el de la tienda me preguntó si era cierto que te habían detenido.", "hearsay"),
    ("Mis compañeros me preguntan por qué andas tan flaco.", "hearsay"),
    ("my sister told me que te vio borracho en el bar", "hearsay"),
    ("Tu ex puso en Facebook que la dejaste plantada por irte de fiesta.", "hearsay"),
    ("La gente del barrio ya habla, hijo.", "hearsay"),
    ("Me contaron que te vieron en la cantina.", "hearsay"),
    ("Dice tu tía que andas en malos pasos.", "hearsay"),
    ("Anda diciendo tu compadre que le debes dinero.", "hearsay"),
    ("Según tu hermano, ya no vas al trabajo.", "hearsay"),
    ("Tu hermana me mandó un mensaje diciendo que llegaste borracho.", "hearsay"),
    ("Tu prima publicó un video tuyo cayéndote de borracho en la mesa.", "hearsay"),
    ("Tu cuñado a tus años ya era gerente, y vos mirate, pidiéndole plata a tu vieja.", "insult"),
    (
        "Ellos sí se levantan a trabajar todos los días, y tú aquí tirado hasta el mediodía.",
        "insult",
    ),
    ("Hasta un perro callejero tiene más vergüenza que usted.", "insult"),
    ("Te ves deplorable, mijo, con esa ropa de hace una semana.", "insult"),
    ("Estás hecha una piltrafa, hija.", "insult"),
    ("Qué asco me dio recogerte del suelo del bar.", "insult"),
    ("Nos da vergüenza admitir delante de los vecinos que eres nuestro hijo.", "insult"),
    ("Me avergonzó que mis compañeros de trabajo te vieran así de borracho.", "insult"),
    ("Hasta dónde has caído, hermano.", "insult"),
    ("Mírese nomás en lo que se ha convertido usted.", "insult"),
    ("Lo que hiciste anoche en la cena de tu tía fue patético.", "insult"),
    ("Usted es la deshonra de esta familia.", "insult"),
    (
        "La vecina me agarró en la tienda y me contó que te sacaron de la cantina a empujones.",
        "hearsay",
    ),
    ("Tu compadre me escribió y me dijo que le debes plata desde marzo.", "hearsay"),
    ("Tu amiga me confesó que te vio comprando droga.", "hearsay"),
    ("Llegaste a las cinco de la mañana, me contó tu hermana.", "hearsay"),
    ("Tu prima subió un video tuyo tirado en la calle.", "hearsay"),
    ("Tus tías creen que ya no vas a cambiar.", "hearsay"),
    ("Me preguntaron en la iglesia si era verdad que perdiste el trabajo.", "hearsay"),
    ("Le pagué la fianza a tu hijo y mira cómo me lo pagas.", "blame"),
    ("Mi gastritis empezó cuando empezaste a llegar de madrugada.", "blame"),
    ("La depresión de tu mamá fue por ti.", "blame"),
    ("Si tu papá está enfermo es gracias a usted.", "blame"),
    ("Perdimos la casa porque tú te jugaste los ahorros en el casino.", "blame"),
    ("¿Quién crees que tuvo que pagar la multa?", "blame"),
    ("Me hiciste pasar vergüenza delante de todos.", "blame"),
    ("Siempre fuiste una carga para esta familia.", "absolute"),
]

ROUND20C_ES_KIND: list[str] = [
    "Me ayudaste con la mudanza y así te lo agradezco: con una cena.",
    "Gracias a ti aprendí a manejar y a cambiar una llanta.",
    "Todo lo que hice en esos años fue por ti, y lo volvería a hacer.",
    "Tu recuperación es tu responsabilidad y yo voy a estar a tu lado.",
    "Mi ansiedad empezó cuando perdí mi trabajo en la fábrica.",
    "Eres la razón por la que sigo luchando cada día.",
    "Mi hija tuvo su fiesta porque tú pagaste el salón, y te lo agradezco.",
    "El pastel de cumpleaños lleva tu nombre en letras azules.",
    "Me estás matando de risa con esos chistes.",
    "Nos hiciste pasar una Navidad preciosa el año pasado.",
    "Qué asco me dio la comida del hospital, ni tú te la comiste.",
    "Te ves guapísimo con ese traje.",
    "Yo siempre fui la oveja negra de la familia, y lo sabes.",
    "Mírate al espejo: tres meses sin tomar y se te ve la luz en la cara.",
    "Qué vergüenza me dio tropezar en la boda de mi prima.",
    "Tu hermana me dijo que te quiere mucho y que te espera.",
    "Me contaron que ganaste el torneo de dominó, qué orgullo.",
    "El doctor me dijo que vas muy bien en el tratamiento.",
    "Mi mamá me llamó y me dijo que la cena es a las ocho.",
    "Yo a tu edad ya tenía dos hijos y tampoco sabía qué hacer.",
    "Tu hermana sí vino a la fiesta, y tú también, qué alegría verlos juntos.",
    "Mírate, tres meses sin tomar y con trabajo nuevo.",
    "Los perros de la calle viven muy mal en invierno, por eso adoptamos a Canelo.",
    "Mi abuelo decía que el vecino era un despojo, y a mí me dolía oírlo.",
    "No eres un despojo ni un descarado, eres mi hijo y te quiero.",
    "Yo me sentía la sombra de lo que fui cuando perdí el trabajo.",
    "Nunca me daría vergüenza decir que eres mi hermano.",
    "Qué asco me dio la comida de la cafetería del hospital.",
    "Me da pena verte sufrir así.",
    "La casa quedó hecha un asco después de la fiesta de los niños.",
    "Yo estoy hecha un trapo después de tanto trabajar.",
    "Con esa cara de zombi en Halloween nos hiciste reír a todos.",
    "Sé que has caído muy bajo, pero te vamos a ayudar a levantarte.",
    "Lo que hiciste en la boda fue precioso, bailaste con la abuela.",
    "Tu tío siempre fue la oveja negra de la familia, y mírate a ti, tan distinto.",
    "Tu jefe me llamó y me dijo que te extrañan en el taller.",
    "La doctora me llamó y me dijo que vas muy bien.",
    "Tu prima subió una foto tuya con el bebé y te ves feliz.",
    "Tu abuela cree que vas a salir adelante.",
    "La gente del coro habla, canta y se ríe con nosotros los domingos.",
    "Si hoy estoy sana es gracias a ti, que me llevaste al hospital.",
    "Gracias a ti aprendí a manejar.",
    "Lo hice por ti.",
    "Tu salud es tu responsabilidad, y yo voy a apoyarte.",
    "Mi ansiedad empezó cuando perdí mi trabajo en la fábrica.",
    "La cuenta del restaurante corre por tu cuenta, dijiste, y te lo agradezco.",
    "El carro es tuyo, no mío.",
    "La camiseta de tu equipo lleva tu nombre en la espalda.",
    "¿De dónde crees que viene el nombre de tu pueblo?",
    "Nos hiciste pasar una Navidad preciosa.",
    "Me hiciste llorar de emoción con tu carta.",
    "Me ayudaste con la mudanza y así te lo agradezco.",
    "Porque tú me enseñaste a leer, hoy soy maestra.",
    "Siempre has sido un ejemplo para tu hermano.",
    "Mi mamá siempre fue una carga para sí misma, decía ella, y no era verdad.",
    'Dijo "qué bajo has caído" en la película y todos nos reímos.',
    "Me estás matando de risa con esos chistes.",
    "what a game, bro, qué partidazo.",
]

# Kind twins that rules older than this round flag on main already (for the false-flag work);
# round 21 (f43) quieted all five.
ROUND20C_ES_KIND_FLAGGED_BY_OLDER_RULES: set[str] = set()


@pytest.fixture(scope="module")
def coach():
    return load_coach("es")


@pytest.mark.parametrize(("text", "category"), ROUND20C_ES_PROBES)
def test_the_constructions_of_round_twenty_c_are_flagged_by_the_rules(coach, text, category):
    assert category in {f.category for f in coach.find(text, second_opinion=False)}


@pytest.mark.parametrize("text", ROUND20C_ES_KIND)
def test_no_round_twenty_c_rule_flags_a_kind_twin(coach, text):
    found = coach.find(text, second_opinion=False)
    assert [f.rule_id for f in found if f.rule_id.startswith("r20c_")] == []
    if text not in ROUND20C_ES_KIND_FLAGGED_BY_OLDER_RULES:
        assert found == []


def test_the_older_rules_known_flags_are_twins_of_this_round():
    assert set(ROUND20C_ES_KIND) >= ROUND20C_ES_KIND_FLAGGED_BY_OLDER_RULES


def test_every_round_twenty_c_rule_fires_on_a_probe(coach):
    ids = {rule.id for rule in coach.rules if rule.id.startswith("r20c_")}
    fired = {
        f.rule_id for text, _ in ROUND20C_ES_PROBES for f in coach.find(text, second_opinion=False)
    }
    assert ids
    assert ids <= fired, sorted(ids - fired)
