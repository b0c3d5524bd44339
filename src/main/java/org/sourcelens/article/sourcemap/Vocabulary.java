package org.sourcelens.article.sourcemap;

import java.util.Locale;
import java.util.Set;

/** Word lists shared by the finders, kept together so the heuristics stay consistent. */
final class Vocabulary {

    /** Words that can precede a name as a title; stripped from the name and kept as a role. */
    static final Set<String> TITLES = set(
            "dr", "mr", "mrs", "ms", "miss", "prof", "professor", "president", "vice", "prime", "minister",
            "senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor", "gov",
            "mayor", "general", "gen", "colonel", "col", "captain", "capt", "lieutenant", "lt", "sergeant",
            "sgt", "admiral", "commander", "judge", "justice", "ambassador", "secretary", "chancellor", "king",
            "queen", "prince", "princess", "sheikh", "ayatollah", "imam", "rabbi", "reverend", "rev", "father",
            "pope", "cardinal", "bishop", "archbishop", "leader", "supreme", "chairman", "chairwoman", "chair",
            "director", "deputy", "commissioner", "sir", "dame", "lord", "lady", "adviser", "advisor", "chief",
            "spokesman", "spokeswoman", "spokesperson", "councillor", "councilor", "mp", "mep", "premier",
            "emir", "sultan", "officer", "inspector", "detective", "superintendent");

    /** Nouns that make a phrase a description of a person's role. */
    static final Set<String> ROLE_NOUNS = union(TITLES, set(
            "academic", "expert", "lecturer", "researcher", "analyst", "scholar", "author", "writer",
            "journalist", "reporter", "editor", "correspondent", "head", "official", "diplomat", "member",
            "founder", "co-founder", "ceo", "executive", "manager", "economist", "lawyer", "attorney",
            "activist", "campaigner", "trader", "teacher", "student", "doctor", "resident", "owner",
            "candidate", "lawmaker", "legislator", "politician", "envoy", "fellow", "consultant", "historian",
            "scientist", "engineer", "witness", "survivor", "veteran", "prosecutor", "investigator",
            "coordinator", "organiser", "organizer", "priest", "widow", "strategist", "specialist",
            "commentator", "critic", "worker", "nurse", "physician", "surgeon", "psychologist", "farmer",
            "negotiator", "chairperson", "boss", "mother", "spokesperson", "presenter", "host", "founder",
            "principal", "dean", "coach", "player", "mp", "lawmaker", "head", "cleric", "commander"));

    /**
     * Small words that start many sentences; when capitalised at a sentence start they must not be
     * mistaken for the first part of a name.
     */
    static final Set<String> FUNCTION_WORDS = set(
            "the", "a", "an", "in", "on", "at", "by", "for", "from", "to", "of", "with", "without", "but",
            "and", "or", "nor", "so", "yet", "then", "however", "moreover", "meanwhile", "furthermore",
            "also", "although", "though", "while", "when", "whenever", "where", "after", "before", "since",
            "until", "during", "despite", "following", "if", "as", "because", "this", "that", "these",
            "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my",
            "your", "there", "here", "now", "today", "yesterday", "earlier", "later", "last", "next", "some",
            "many", "most", "all", "both", "each", "every", "no", "not", "one", "according", "over", "under",
            "among", "between", "through", "into", "upon", "even", "still", "just", "only", "what", "who",
            "whom", "whose", "which", "why", "how", "former", "see", "instead", "thus", "hence", "indeed",
            "besides", "unlike", "like", "whether", "once", "again", "recently", "finally", "first",
            "second", "third", "several", "few", "such", "much", "more", "less", "other", "another", "any",
            "ibid", "cf", "via", "per", "dear", "yes", "oh", "why", "let", "let's");

    /** Words that mark a capitalised phrase as a place, organisation, group or date, not a person. */
    static final Set<String> NON_PERSON_WORDS = set(
            "states", "state", "united", "kingdom", "republic", "union", "nations", "council", "ministry",
            "department", "agency", "government", "administration", "party", "news", "times", "post",
            "journal", "world", "channel", "monitor", "insight", "group", "organisation", "organization",
            "institute", "university", "college", "school", "bank", "court", "army", "forces", "force",
            "front", "navy", "police", "office", "committee", "commission", "parliament", "congress",
            "senate", "house", "assembly", "association", "foundation", "company", "corporation", "inc",
            "ltd", "press", "media", "tv", "radio", "network", "airport", "street", "road", "avenue",
            "square", "city", "county", "province", "region", "island", "islands", "sea", "ocean", "river",
            "mountain", "mountains", "gulf", "bay", "east", "west", "north", "south", "eastern", "western",
            "northern", "southern", "middle", "central", "new", "year", "day", "week", "islamic",
            "international", "national", "federal", "democratic", "resistance", "security", "intelligence",
            "affairs", "foreign", "defence", "defense", "justice", "health", "education", "interior",
            "balkans", "europe", "european", "asia", "africa", "america", "americas", "god", "allah",
            "church", "mosque", "temple", "museum", "hospital", "centre", "center", "club", "league", "cup",
            "games", "festival", "award", "prize", "act", "bill", "treaty", "accord", "convention", "war",
            "revolution", "empire", "dynasty", "movement", "alliance", "coalition", "camp", "base",
            "station", "times", "herald", "guardian", "telegraph", "tribune", "gazette", "daily", "review",
            "magazine", "online", "digital", "global", "capital", "square", "park", "hall", "tower", "bridge",
            "literature", "studies", "science", "sciences", "history", "economics", "law", "policy",
            "strategy", "research", "council", "board", "authority", "service", "services", "systems",
            "group", "holdings", "partners", "fund", "trust", "society", "network", "platform", "project",
            "programme", "program", "initiative", "summit", "conference", "forum", "mission", "operation",
            "energy", "oil", "gas", "power", "airlines", "airways", "motors", "industries", "technologies",
            "solutions", "capital", "bank", "insurance", "pharma", "labs", "media", "communications", "telecom",
            "centre", "shares", "stock", "exchange", "market", "markets", "index");

    /** Words that end like a role noun but are not one. */
    private static final Set<String> NOT_ROLES = set("assist", "insist", "resist", "persist", "consist", "career",
            "veneer", "sheer");

    static final Set<String> MONTHS = set(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec");

    static final Set<String> WEEKDAYS = set(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** Lower-case particles that may sit inside a name: "Osama bin Laden", "Ursula von der Leyen". */
    static final Set<String> NAME_PARTICLES = set(
            "bin", "bint", "ibn", "al", "el", "de", "del", "della", "der", "den", "di", "da", "dos", "das",
            "du", "la", "le", "van", "von", "ter", "ten", "y");

    static final Set<String> DETERMINERS = set(
            "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our");

    /** Words that end a backwards scan for a role or a modifier: they belong to the clause, not the phrase. */
    static final Set<String> CLAUSE_WORDS = union(FUNCTION_WORDS, set(
            "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
            "will", "would", "can", "could", "may", "might", "must", "should", "shall", "said", "says",
            "told", "tells", "added", "adds", "say", "tell", "asked", "according", "who", "whom", "than",
            "against", "about", "within", "towards", "toward", "around", "across", "behind", "beyond"));

    private static final Set<String> ABBREVIATIONS = set(
            "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Jr", "Sr", "Gen", "Col", "Lt", "Capt", "Sgt", "Rep", "Sen",
            "Gov", "Rev", "No", "vs", "Inc", "Ltd", "Co", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
            "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft", "approx", "e.g", "i.e", "cf");

    private Vocabulary() {
    }

    static boolean isTitle(String word) {
        return TITLES.contains(lower(word));
    }

    /** A listed role, or a word built like one: "hydrologist", "politician", "engineer". */
    static boolean isRoleNoun(String word) {
        String lower = lower(word);
        if (ROLE_NOUNS.contains(lower)) {
            return true;
        }
        return lower.length() >= 6 && !NOT_ROLES.contains(lower)
                && (lower.endsWith("ist") || lower.endsWith("ician") || lower.endsWith("eer"));
    }

    static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(lower(word));
    }

    static boolean isMonth(String word) {
        return MONTHS.contains(lower(word));
    }

    /** "Dr", "U.S", a single initial: a dot after it does not end a sentence. */
    static boolean isAbbreviation(String word) {
        if (ABBREVIATIONS.contains(word)) {
            return true;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return word.indexOf('.') > 0 && word.codePoints().filter(Character::isLetter).count() <= 4;
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** Tolerates repeats, which keeps the long lists easy to edit. */
    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
