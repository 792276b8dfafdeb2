// Russian and Ukrainian word tables of the mention finder: words that are never a name's first word,
// ordinary words that villages are also named after, first names, and the nouns after a region or an
// axis. Stems are folded (fold-name.ts) without the soft sign, as cyrillic-inflection.ts cuts them.
import { dropSoftSign } from "./cyrillic-inflection.js";
import { foldLoose } from "./fold-name.js";

const stems = (words: string): Set<string> => new Set(words.split(" ").map((w) => dropSoftSign(foldLoose(w))));

/** Capitalised at a sentence start, never part of a place name: prepositions, conjunctions, particles. */
export const CYRILLIC_FUNCTION_WORDS = stems(
  "в во у на под під из із зі з с со от від до за к ко по при над около возле близ біля поблизу " +
    "через между між для также також кроме крім а и й та но але ще уже вже как як что що это це " +
    "так тоже теж еще ни не ли же бы при після после перед после без о об про у та чи или або " +
    "его її их їх он она они він вона вони мы ми вы ви я ты ти все всі весь вся этот эта этом цей ця цього " +
    "где де когда коли там тут здесь тогда тоді сейчас зараз сегодня сьогодні вчера вчора завтра",
);

/**
 * Stems of ordinary Russian and Ukrainian words that villages are also named after: "Мирное" and
 * "мирные жители", "Перемога" and "перемога", "Победа", "Зоря", "Нове". A single word with one of
 * these stems is a place only when it names a big place.
 */
export const CYRILLIC_COMMON_STEMS = stems(
  "мир мирн побед перемог надежд наді зор зар дружб слав вол воль свобод степ степов пол поле " +
    "нов стар велик мал бел біл черн чорн красн червон зелен світл светл тих широк глибок глубок висок высок " +
    "добр сел город міст мест бо бої бой фронт арм армі держав гор гір лес ліс рек річк мост міст " +
    "шахт завод комун ленін октябр жовтн травн май перш перв друг трет сонячн солнечн радост радісн " +
    "весел щаслив счастлив спокійн спокойн вільн свободн приволь привіл роздольн раздольн " +
    "центр нагорн луч промін рассвет світан зірк звезд восход схід запад захід север північ юг півд " +
    "весн весен гай роща дібров дубрав хутор хутір поселок селищ кут берег остров острів центральн " +
    // nationality words that also name towns: "Українські військові" is not Українськ, "Українці" not Українка
    "українськ украинск українц украинц українк російськ российск русск росіян россиян",
);

/**
 * Common Russian and Ukrainian first names, in the nominative (and a fleeting-vowel stem: Павел →
 * Павла): beside one, a place name is part of a person's name ("Владимир Путин", "Владимира Путина").
 */
export const CYRILLIC_FIRST_NAMES: Set<string> = (() => {
  const names = stems(
    "владимир володимир александр олександр сергей сергій андрей андрій дмитрий дмитро валерий валерій " +
      "кирилл кирило юрий юрій виталий віталій олег игорь ігор михаил михайло евгений євген алексей олексій " +
      "николай микола иван іван петр петро павел павл павло василий василь анатолий анатолій виктор віктор денис " +
      "роман максим антон артем артём богдан тарас ярослав вадим ростислав станислав станіслав геннадий геннадій " +
      "григорий григорій леонид леонід федор фёдор рамзан мария марія ольга елена олена ирина ірина наталья наталія " +
      "анна ганна юлия юлія татьяна тетяна светлана світлана людмила екатерина катерина валентина маргарита",
  );
  // The stem an oblique case is cut to: Сергей → Серге(я), Юрий → Юри(я), Ольга → Ольг(и), Андрій → Андрі(я).
  for (const n of [...names]) if (/[йаяо]$/.test(n)) names.add(n.slice(0, -1));
  return names;
})();

/** A lowercase region noun after a capitalised adjective: "Донецкой области", "Краснодарском крае", "обл.". */
export const REGION_TAIL = /^ (област\p{L}*|обл\.|кра[йяюеї]|краем|кра[её]в|країв|краях|народн\p{L}* республик\p{L}*|ОВА|ОДА|ВЦА)(?![\p{L}])/u;
/** Region heads that stand for "область": the oblast's military or state administration, the abbreviation. */
export const REGION_HEAD_FOR_OBLAST = new Set(["обл.", "ОВА", "ОДА", "ВЦА"]);
/** "Донецкой и Луганской областей": the first adjective is a region too. */
export const REGION_COORDINATED = /^(?:,| и| і| та| й) \p{Lu}[\p{L}'’ʼ-]* (област\p{L}*|кра[её]в|країв|краях)(?![\p{L}])/u;

/** Nouns after a relational adjective that make it a place's axis or district: "на Покровском направлении". */
const AXIS_NOUN = "(?:направлени|напрям|район|округ|громад|участк|ділянц|сектор|фронт|плацдарм|выступ|виступ)\\p{L}*";
/** Other adjectives may stand between: "на Слов'янському, Бахмутському та Криворізькому напрямках". */
export const AXIS_TAIL = new RegExp(`^(?:(?:,| и| і| та| й| а также)? \\p{Lu}[\\p{L}'’ʼ-]*(?:ом|ому|ой|ій|ого|ий|ый|ое|е|им|ым))* ${AXIS_NOUN}`, "u");

/**
 * Words before a case form of a small adjectival name that show it is a place: a preposition or a
 * settlement noun ("у Покровському", "села Високого"). Without one, "Центрального" and
 * "Красноярского" are parts of longer names (военного округа, края).
 */
export const PLACE_CUE_BEFORE = /(?:^|[^\p{L}])(?:в|во|у|на|під|под|біля|около|возле|поблизу|вблизи|из|із|з|зі|с|со|от|від|до|к|ко|за|через|над|між|между|район\p{L}*|сел\p{L}*|посел\p{L}*|пгт|смт|с\.|н\. ?п\.|пункт\p{L}*)\s$/iu;

/**
 * Words that mark the next word as a settlement even when it is an ordinary word ("село Мирне",
 * "в районі Перемоги", "поблизу Степового", "в районе Веселого"): a settlement noun or an "in the
 * area of / near" phrase. A preposition alone is not enough ("до Перемоги", "в Мирному небі").
 */
export const SETTLEMENT_CUE_BEFORE = /(?:^|[^\p{L}])(?:сел\p{L}*|посел\p{L}*|пгт|смт|с\.|сщ\.|н\. ?п\.|населен\p{L}* пункт\p{L}*|пункт\p{L}*|район\p{L}*|поблизу|біля|вблизи|около|возле|околиц\p{L}*|окраин\p{L}*|напрямку|направлении|напрямі)\s$/iu;

/** A list's join before a name: ", ", " та ", " і ", " и ", ", а також ". */
export const LIST_JOIN_BEFORE = /^(?:\s*,\s*(?:і|й|та|и|а также|а також)?\s*|\s+(?:і|й|та|и|а также|а також)\s+)$/u;

/** What follows makes a Cyrillic name something else: a formation ("группировка"), a river said after it. */
export const NOT_A_PLACE_AFTER_CYRILLIC = /^ (?:групп|угрупован|бригад|батальон|полк|дивизи|дивізі|корпус|река|ріка|річка)/u;

/** What precedes makes it a river or a formation: "реки Днепр", "на річці Оскіл", "группировки «Днепр»". */
export const NOT_A_PLACE_BEFORE_CYRILLIC = /(?:^|[^\p{L}])(?:рек\p{L}*|рік\p{L}*|річ\p{L}*|водохранилищ\p{L}*|водосховищ\p{L}*|группировк\p{L}*|угруповання|операци\p{L}*|операці\p{L}*) $/u;
