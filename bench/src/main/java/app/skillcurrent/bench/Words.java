package app.skillcurrent.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/** Vocabulary for titles and summaries, so full-text search finds some courses and not others. */
final class Words {
    private static final String[] SUBJECTS = {
            "Reels", "Stories", "Shorts", "LIVE", "Shop", "ads", "newsletters", "polls", "communities", "analytics",
            "captions", "hashtags", "thumbnails", "carousels", "hooks", "creators", "affiliates", "comments",
            "broadcast channels", "collabs", "subtitles", "audio trends", "link stickers", "highlights", "pinned posts",
            "sponsorships", "giveaways", "product tags", "retargeting", "lookalike audiences", "A/B tests", "budgets",
            "content calendars", "moderation", "brand safety", "customer service", "employer branding", "podcasts",
            "livestream replays", "series", "playlists", "duets", "stitches", "memes", "UGC", "influencer briefs"};
    private static final String[] FORMATS = {
            "playbook", "essentials", "masterclass", "workshop", "bootcamp", "primer", "clinic", "toolkit",
            "field guide", "sprint", "deep dive", "crash course", "lab", "handbook", "checklist", "roadmap"};
    private static final String[] AUDIENCES = {
            "small shops", "agencies", "nonprofits", "B2B teams", "freelancers", "restaurants", "fitness coaches",
            "publishers", "recruiters", "musicians", "universities", "hotels", "startups", "retailers", "artists",
            "estate agents", "game studios", "bakeries", "fashion labels", "local councils", "bookshops", "clinics",
            "breweries", "travel brands", "photographers", "consultants", "libraries", "sports clubs"};
    private static final String[] ADJECTIVES = {
            "practical", "measurable", "sustainable", "playful", "honest", "data-driven", "low-budget", "fast",
            "consistent", "creative", "accessible", "seasonal", "evergreen", "local", "global", "repeatable",
            "compliant", "authentic", "ambitious", "calm", "scrappy", "polished", "weekly", "quarterly"};
    private static final String[] VERBS = {
            "plan", "script", "film", "edit", "schedule", "repurpose", "measure", "test", "budget", "moderate",
            "caption", "localise", "pitch", "brief", "report", "forecast", "prioritise", "audit", "benchmark",
            "launch", "promote", "organise", "archive", "automate", "outline", "storyboard", "negotiate", "review"};
    private static final String[] OBJECTS = {
            "campaigns", "content pillars", "posting rhythms", "creator partnerships", "ad sets", "landing pages",
            "audience research", "engagement", "retention curves", "watch time", "click-through rates",
            "conversion funnels", "community guidelines", "crisis responses", "product launches", "seasonal pushes",
            "brand voice", "editorial calendars", "dashboards", "reporting templates", "approval workflows",
            "customer questions", "reviews", "sales events", "recruitment drives", "fundraising appeals"};
    private static final String[] LESSON_SUFFIXES = {
            "a worked example", "common mistakes", "checklist", "case study", "practice round", "going further",
            "a second look", "exercises", "templates", "questions from learners", "what changed", "review"};
    private static final String[] FIRST_NAMES = {
            "Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hugo", "Ida", "Jonas", "Karin", "Lars",
            "Mia", "Noah", "Olivia", "Paul", "Rosa", "Sven", "Tara", "Umar", "Vera", "William", "Yusuf", "Zoe",
            "Freja", "Magnus", "Sofie", "Mathias", "Lea", "Lukas", "Hannah", "Elias", "Amira", "Kenji", "Priya"};
    private static final String[] LAST_NAMES = {
            "Andersen", "Becker", "Christensen", "Dahl", "Eriksen", "Fischer", "Hansen", "Jensen", "Keller", "Larsen",
            "Meyer", "Nielsen", "Olsen", "Petersen", "Richter", "Schmidt", "Schulz", "Thomsen", "Vogel", "Wagner",
            "Weber", "Zimmermann", "Okafor", "Silva", "Novak", "Kowalski", "Rossi", "Garcia", "Haddad", "Tanaka"};

    private final Random random;

    Words(Random random) {
        this.random = random;
    }

    String courseTitle(String platform) {
        return switch (random.nextInt(4)) {
            case 0 -> platform + " " + pick(SUBJECTS) + " " + pick(FORMATS);
            case 1 -> capitalise(pick(ADJECTIVES)) + " " + platform + " " + pick(SUBJECTS) + " for " + pick(AUDIENCES);
            case 2 -> platform + " " + pick(SUBJECTS) + ": " + pick(ADJECTIVES) + " " + pick(OBJECTS);
            default -> capitalise(pick(VERBS)) + " " + pick(OBJECTS) + " with " + platform + " " + pick(SUBJECTS);
        };
    }

    String summary(String platform) {
        return capitalise(pick(VERBS)) + " " + pick(OBJECTS) + " for " + pick(AUDIENCES) + " on " + platform
                + ", " + pick(VERBS) + " " + pick(SUBJECTS) + " and " + pick(VERBS) + " " + pick(OBJECTS)
                + " with a " + pick(ADJECTIVES) + " " + pick(FORMATS) + ". Learn to " + pick(VERBS) + " "
                + pick(SUBJECTS) + ", " + pick(VERBS) + " " + pick(OBJECTS) + " and keep " + pick(OBJECTS) + " "
                + pick(ADJECTIVES) + ".";
    }

    String lessonSuffix() {
        return pick(LESSON_SUFFIXES);
    }

    String personName() {
        return pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
    }

    /** Counts, per course, the words that appear in its title or summary. */
    void count(String text, Map<String, Integer> counts) {
        new TreeSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^a-z]+"))).forEach(word -> {
            if (word.length() >= 6) {
                counts.merge(word, 1, Integer::sum);
            }
        });
    }

    /** A word found in roughly one course in twenty: a search with a real, but not huge, result list. */
    String searchWord(Map<String, Integer> counts, int courses) {
        double target = Math.max(1, courses / 20.0);
        return counts.entrySet().stream()
                .min((a, b) -> Double.compare(Math.abs(a.getValue() - target), Math.abs(b.getValue() - target)))
                .map(Map.Entry::getKey).orElse("analytics");
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
