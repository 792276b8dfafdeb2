// Named actors of the war: who speaks, for which side and institution. One row per actor;
// aliases are surnames, transliterations and abbreviations as English-language reporting writes them.
// Sources: Wikipedia articles of each person/organisation (offices as of late 2025).
import type { SourceKind, SourceSide } from "../claims/index.js";
import type { Actor } from "./actor-registry.js";

export const GOV_RU = "Government of Russia";
export const GOV_UA = "Government of Ukraine";

export interface ActorRow extends Actor {
  /** Matched only as the whole speaker phrase (metonyms: "Kyiv", "Moscow", "the Kremlin"). */
  wholeOnly?: boolean;
}

const row = (kind: SourceKind, side: SourceSide, institution: string | null, role: string) =>
  (name: string, aliases: string[] = []): ActorRow => ({ name, aliases, kind, side, institution, role });
const whole = (a: ActorRow): ActorRow => ({ ...a, wholeOnly: true });

const ruPerson = (role: string) => row("person", "RU", GOV_RU, role);
const uaPerson = (role: string) => row("person", "UA", GOV_UA, role);

export const RUSSIAN_STATE: ActorRow[] = [
  ruPerson("President of Russia")("Vladimir Putin", ["Putin", "President Putin", "Vladimir Vladimirovich Putin"]),
  ruPerson("Kremlin spokesman")("Dmitry Peskov", ["Peskov", "Dmitri Peskov"]),
  ruPerson("Foreign Minister")("Sergei Lavrov", ["Lavrov", "Sergey Lavrov"]),
  ruPerson("Foreign Ministry spokeswoman")("Maria Zakharova", ["Zakharova"]),
  ruPerson("Security Council secretary")("Sergei Shoigu", ["Shoigu", "Sergey Shoigu"]),
  ruPerson("Defence Minister")("Andrei Belousov", ["Belousov", "Andrey Belousov"]),
  ruPerson("chief of the General Staff")("Valery Gerasimov", ["Gerasimov", "Valeriy Gerasimov", "Valery Vasilyevich Gerasimov"]),
  ruPerson("Defence Ministry spokesman")("Igor Konashenkov", ["Konashenkov"]),
  ruPerson("deputy chairman of the Security Council")("Dmitry Medvedev", ["Medvedev", "Dmitri Medvedev"]),
  ruPerson("Kremlin aide")("Yuri Ushakov", ["Ushakov", "Yury Ushakov"]),
  ruPerson("Kremlin envoy")("Kirill Dmitriev", ["Dmitriev"]),
  ruPerson("UN ambassador")("Vasily Nebenzya", ["Nebenzya"]),
  ruPerson("Deputy Foreign Minister")("Sergei Ryabkov", ["Ryabkov"]),
  ruPerson("FSB director")("Alexander Bortnikov", ["Bortnikov"]),
  ruPerson("Russian-installed head of occupied Donetsk Oblast")("Denis Pushilin", ["Pushilin"]),
  ruPerson("Russian-installed head of occupied Kherson Oblast")("Vladimir Saldo", ["Saldo"]),
  ruPerson("Russian-installed head of occupied Zaporizhzhia Oblast")("Yevgeny Balitsky", ["Balitsky", "Balitskiy", "Evgeny Balitsky"]),
  ruPerson("Russian-installed head of occupied Luhansk Oblast")("Leonid Pasechnik", ["Pasechnik"]),
  ruPerson("Russian-installed official")("Vladimir Rogov", ["Rogov"]),
  ruPerson("Governor of Kursk Oblast")("Alexander Khinshtein", ["Khinshtein"]),
  ruPerson("Governor of Belgorod Oblast")("Vyacheslav Gladkov", ["Gladkov"]),
  ruPerson("acting Governor of Kursk Oblast (2024)")("Alexei Smirnov", ["Alexey Smirnov"]),
  ruPerson("Russian-installed official in Zaporizhzhia")("Vladimir Rogov", ["Rogov"]),
  ruPerson("Russian-installed deputy head of Kherson region (2022)")("Kirill Stremousov", ["Stremousov"]),
  ruPerson("officer of the Russian-backed Luhansk forces")("Andrei Marochko", ["Marochko", "Andrey Marochko"]),
  ruPerson("Governor of Bryansk Oblast")("Alexander Bogomaz", ["Bogomaz"]),
  ruPerson("head of Chechnya")("Ramzan Kadyrov", ["Kadyrov"]),
  ruPerson("Akhmat commander")("Apti Alaudinov", ["Alaudinov"]),
  ruPerson("Russian commander")("Andrei Mordvichev", ["Mordvichev", "Andrey Mordvichev"]),
  ruPerson("Russian commander")("Mikhail Teplinsky", ["Teplinsky"]),
  ruPerson("Russian commander")("Alexander Lapin", ["Lapin", "Aleksandr Lapin"]),
  ruPerson("Russian commander")("Sergei Surovikin", ["Surovikin", "Sergey Surovikin"]),
  ruPerson("Russian commander")("Alexander Dvornikov", ["Dvornikov"]),
  ruPerson("Russian commander")("Valery Solodchuk", ["Solodchuk"]),
  row("military", "RU", GOV_RU, "Chechen special forces")("Akhmat", ["Akhmat special forces", "Akhmat battalion", "Akhmat unit"]),
  row("group", "RU", "Wagner Group", "Russian private military company")("Wagner Group", ["Wagner", "PMC Wagner", "Wagner PMC", "the Wagner Group", "Wagner mercenary group"]),
  row("person", "RU", "Wagner Group", "Wagner founder")("Yevgeny Prigozhin", ["Prigozhin", "Evgeny Prigozhin"]),
  row("government", "RU", GOV_RU, "Russian presidency")("Kremlin", ["the Kremlin"]),
  row("military", "RU", GOV_RU, "Russian Defence Ministry")("Russian Defence Ministry", [
    "Russian Defense Ministry", "Russian Ministry of Defence", "Russian Ministry of Defense", "Ministry of Defence of Russia",
    "Ministry of Defense of Russia", "Russian MoD", "Russia's Defence Ministry", "Russia's Defense Ministry", "Russia's defence ministry",
    "Russia's defense ministry", "Russia's Ministry of Defence", "Russia's Ministry of Defense", "Moscow's Defence Ministry", "Moscow's Defense Ministry",
    "Russian defence ministry", "Russian defense ministry"]),
  row("military", "RU", GOV_RU, "Russian General Staff")("Russian General Staff", [
    "General Staff of the Russian Armed Forces", "Russia's General Staff", "Russian military General Staff", "General Staff of Russia"]),
  row("government", "RU", GOV_RU, "Russian security service")("FSB", ["Federal Security Service", "Russia's FSB", "Russian FSB"]),
  row("government", "RU", GOV_RU, "Russian Foreign Ministry")("Russian Foreign Ministry", [
    "Russia's Foreign Ministry", "Russian Ministry of Foreign Affairs", "Russia's Ministry of Foreign Affairs", "Russian MFA"]),
  row("government", "RU", GOV_RU, "Russian Investigative Committee")("Investigative Committee of Russia", ["Russia's Investigative Committee", "Russian Investigative Committee"]),
  row("military", "RU", GOV_RU, "Russian National Guard")("Rosgvardia", ["Rosgvardiya", "Russian National Guard"]),
  whole(row("government", "RU", GOV_RU, "Russian government")("Moscow", [])),
  whole(row("government", "RU", GOV_RU, "Russian government")("Russia", ["Russian Federation"])),
];

export const UKRAINIAN_STATE: ActorRow[] = [
  uaPerson("President of Ukraine")("Volodymyr Zelensky", ["Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskyi", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Volodymyr Zelenskyi", "President Zelensky"]),
  uaPerson("Commander-in-Chief of the Armed Forces of Ukraine")("Oleksandr Syrskyi", ["Syrskyi", "Syrsky", "Syrskiy", "Oleksandr Syrsky", "Oleksandr Syrskiy"]),
  uaPerson("former Commander-in-Chief, ambassador to the UK")("Valerii Zaluzhnyi", ["Zaluzhnyi", "Zaluzhny", "Valery Zaluzhny", "Valeriy Zaluzhnyi"]),
  uaPerson("National Security and Defence Council secretary")("Rustem Umerov", ["Umerov"]),
  uaPerson("Defence Minister")("Denys Shmyhal", ["Shmyhal", "Denis Shmygal"]),
  uaPerson("Prime Minister")("Yulia Svyrydenko", ["Svyrydenko"]),
  uaPerson("former head of the Presidential Office")("Andriy Yermak", ["Yermak", "Andrii Yermak"]),
  uaPerson("military intelligence chief")("Kyrylo Budanov", ["Budanov", "Kirill Budanov"]),
  uaPerson("Foreign Minister")("Andrii Sybiha", ["Sybiha", "Andriy Sybiha"]),
  uaPerson("former Foreign Minister")("Dmytro Kuleba", ["Kuleba"]),
  uaPerson("adviser to the head of the Presidential Office")("Mykhailo Podolyak", ["Podolyak", "Mykhailo Podoliak", "Podoliak", "Mikhail Podolyak"]),
  uaPerson("former Defence Minister")("Oleksii Reznikov", ["Reznikov"]),
  uaPerson("Governor of Donetsk Oblast")("Vadym Filashkin", ["Filashkin"]),
  uaPerson("Governor of Kharkiv Oblast")("Oleh Syniehubov", ["Syniehubov", "Synehubov", "Oleg Sinegubov"]),
  uaPerson("Governor of Zaporizhzhia Oblast")("Ivan Fedorov", []),
  uaPerson("Governor of Kherson Oblast")("Oleksandr Prokudin", ["Prokudin"]),
  uaPerson("Mayor of Kyiv")("Vitali Klitschko", ["Klitschko", "Vitaliy Klitschko"]),
  uaPerson("Mayor of Kharkiv")("Ihor Terekhov", ["Terekhov"]),
  uaPerson("military spokesperson")("Viktor Trehubov", ["Trehubov"]),
  uaPerson("military spokesperson")("Vadym Voloshyn", ["Voloshyn"]),
  uaPerson("military spokesperson")("Nazar Voloshyn", []),
  uaPerson("military spokesperson")("Dmytro Lykhovii", ["Lykhovii", "Lykhovyi", "Dmytro Lykhoviy"]),
  uaPerson("Air Force spokesperson")("Yurii Ihnat", ["Ihnat", "Yuriy Ihnat"]),
  uaPerson("military intelligence spokesperson")("Andrii Yusov", ["Yusov", "Andriy Yusov"]),
  uaPerson("head of the Centre for Countering Disinformation")("Andrii Kovalenko", ["Andriy Kovalenko"]),
  uaPerson("human rights ombudsman")("Dmytro Lubinets", ["Lubinets"]),
  uaPerson("commander")("Oleksandr Tarnavskyi", ["Tarnavskyi", "Tarnavsky"]),
  uaPerson("Deputy Defence Minister (2021–2023)")("Hanna Maliar", ["Maliar", "Anna Malyar", "Malyar", "Hanna Malyar"]),
  uaPerson("spokesman of the Eastern group of forces")("Serhiy Cherevatyi", ["Cherevatyi", "Serhii Cherevatyi", "Cherevaty"]),
  uaPerson("spokesperson of the Southern Defence Forces")("Natalia Humeniuk", ["Humeniuk", "Nataliya Humeniuk"]),
  uaPerson("spokesman of the Odesa regional administration")("Serhii Bratchuk", ["Bratchuk", "Serhiy Bratchuk"]),
  uaPerson("Governor of Donetsk Oblast (2019–2024)")("Pavlo Kyrylenko", ["Kyrylenko"]),
  uaPerson("Governor of Dnipropetrovsk Oblast")("Serhiy Lysak", ["Lysak", "Serhii Lysak"]),
  uaPerson("Governor of Zaporizhzhia Oblast (2023–2024)")("Yurii Malashko", ["Malashko"]),
  uaPerson("Governor of Zaporizhzhia Oblast (2021–2023)")("Oleksandr Starukh", ["Starukh"]),
  uaPerson("Mayor of Lviv")("Andriy Sadovyi", ["Sadovyi", "Andrii Sadovyi"]),
  uaPerson("head of the Kryvyi Rih military administration")("Oleksandr Vilkul", ["Vilkul"]),
  uaPerson("commander of the Unmanned Systems Forces")("Robert Brovdi", ["Brovdi", "Madyar"]),
  row("military", "UA", GOV_UA, "Ukrainian General Staff")("General Staff of the Armed Forces of Ukraine", [
    "Ukraine's General Staff", "Ukrainian General Staff", "General Staff of Ukraine", "Ukraine's military General Staff",
    "Ukrainian military's General Staff", "General Staff of Ukraine's Armed Forces", "Kyiv's General Staff"]),
  row("military", "UA", GOV_UA, "Ukrainian armed forces")("Armed Forces of Ukraine", ["Ukrainian Armed Forces", "Ukraine's Armed Forces", "AFU", "ZSU"]),
  row("military", "UA", GOV_UA, "Ukrainian Defence Ministry")("Ministry of Defence of Ukraine", [
    "Ukrainian Defence Ministry", "Ukrainian Defense Ministry", "Ukraine's Defence Ministry", "Ukraine's Defense Ministry",
    "Ukraine's defence ministry", "Ukraine's defense ministry", "Ministry of Defense of Ukraine", "Ukrainian Ministry of Defence", "Ukrainian Ministry of Defense"]),
  row("military", "UA", GOV_UA, "Ukrainian military intelligence")("Ukrainian military intelligence (HUR)", ["HUR", "GUR", "Defence Intelligence of Ukraine", "Defense Intelligence of Ukraine",
    "Main Intelligence Directorate", "Ukraine's military intelligence", "Ukrainian military intelligence", "Ukraine's Defence Intelligence", "Ukraine's Defense Intelligence", "GUR MO"]),
  row("government", "UA", GOV_UA, "Ukrainian security service")("SBU", ["Security Service of Ukraine", "Ukraine's SBU", "Ukraine's Security Service", "Ukrainian security service"]),
  row("military", "UA", GOV_UA, "Ukrainian Air Force")("Ukrainian Air Force", ["Air Force of Ukraine", "Ukraine's Air Force", "Ukraine's air force"]),
  row("military", "UA", GOV_UA, "Ukrainian National Guard")("National Guard of Ukraine", ["Ukraine's National Guard", "Ukrainian National Guard"]),
  row("military", "UA", GOV_UA, "Ukrainian border service")("State Border Guard Service of Ukraine", ["Ukraine's border guard service", "State Border Guard Service"]),
  row("military", "UA", GOV_UA, "Ukrainian operational-strategic group")("Khortytsia group", ["Khortytsia operational-strategic group", "Khortytsia Operational-Strategic Group"]),
  row("military", "UA", GOV_UA, "Ukrainian operational-strategic group")("Tavria group", ["Tavria operational-strategic group", "Tavria Operational-Strategic Group"]),
  row("military", "UA", GOV_UA, "Ukrainian drone forces")("Unmanned Systems Forces", ["Ukraine's Unmanned Systems Forces"]),
  row("government", "UA", GOV_UA, "Ukrainian Foreign Ministry")("Ukrainian Foreign Ministry", ["Ukraine's Foreign Ministry", "Ministry of Foreign Affairs of Ukraine", "Ukrainian Ministry of Foreign Affairs"]),
  row("government", "UA", GOV_UA, "Office of the President of Ukraine")("Office of the President of Ukraine", ["Ukrainian Presidential Office", "Ukraine's Presidential Office", "Zelensky's office", "Presidential Office of Ukraine"]),
  row("government", "UA", GOV_UA, "Ukrainian government agency")("Centre for Countering Disinformation", ["Center for Countering Disinformation"]),
  whole(row("government", "UA", GOV_UA, "Ukrainian government")("Kyiv", ["Kiev"])),
  whole(row("government", "UA", GOV_UA, "Ukrainian government")("Ukraine", [])),
];
