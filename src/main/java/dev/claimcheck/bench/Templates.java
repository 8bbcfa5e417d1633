package dev.claimcheck.bench;

import java.util.List;

/**
 * The word stock and sentence templates of the synthetic corpus. Slots in braces are filled by
 * {@link CorpusGenerator}: names and places stay fixed within an article, numbers vary at every use. The
 * templates mix what the rules look at: named and anonymous sources, figures and totals, rankings and
 * superlatives, dates, quotes, hedges and unsupported assertions.
 */
final class Templates {
    private Templates() {
    }

    static final List<Topic> TOPICS = List.of(
            new Topic(List.of("Northwind Energy", "Helios Power", "Atlas Utilities", "Brightline Grid"),
                    "wind farm", "households", "power supplier"),
            new Topic(List.of("Riverton City Council", "Lakeside Council", "Harbor County Board", "Millbrook Council"),
                    "budget plan", "residents", "city"),
            new Topic(List.of("Vantage Motors", "Kestrel Automotive", "Orion Cars", "Delta Mobility"),
                    "electric car", "vehicles", "carmaker"),
            new Topic(List.of("St. Mary's Hospital", "Greenfield Health", "Mercy Medical Group", "Unity Clinics"),
                    "treatment program", "patients", "hospital group"),
            new Topic(List.of("Quantex Software", "Bluepeak Systems", "Nimbus Cloud", "Corvid Labs"),
                    "data center", "customers", "software company"),
            new Topic(List.of("Coastal Rail", "Metro Transit Authority", "Eastern Railways", "SkyBridge Airlines"),
                    "rail link", "passengers", "transport operator"),
            new Topic(List.of("Granite Bank", "Summit Financial", "Pioneer Trust", "Meridian Capital"),
                    "lending program", "borrowers", "lender"),
            new Topic(List.of("Ridgeway University", "Westbrook College", "Eastfield Institute", "Harlow University"),
                    "research center", "students", "university"));

    static final List<String> FIRST = List.of("Ana", "Thomas", "Priya", "Paul", "Maria", "David", "Chen", "Fatima",
            "Lars", "Grace", "Omar", "Sofia", "James", "Yuki", "Elena", "Kwame", "Hannah", "Diego", "Leila", "Robert");
    static final List<String> LAST = List.of("Delgado", "Reed", "Patel", "Okafor", "Rossi", "Novak", "Wei", "Haddad",
            "Berg", "Mensah", "Kowalski", "Tanaka", "Fischer", "Moreau", "Silva", "Nguyen", "Brennan", "Ibrahim");
    static final List<String> ROLES = List.of("chief executive", "spokesperson", "finance director", "mayor",
            "chief economist", "head of operations", "board member", "policy director", "union leader", "analyst");
    static final List<String> CITIES = List.of("Riverton", "Lakeside", "Port Hamilton", "Brookfield", "Oakdale",
            "Fairhaven", "Westmere", "Northgate", "Ashford", "Silverton");
    static final List<String> COUNTRIES = List.of("Canada", "Germany", "Brazil", "Japan", "Kenya", "Australia",
            "India", "Mexico", "Norway", "Spain");
    static final List<String> OUTLETS = List.of("Reuters", "the Associated Press", "Bloomberg", "the Financial Times",
            "the Riverton Herald", "the Daily Ledger", "Channel 9 News");
    static final List<String> AGENCIES = List.of("the national statistics office", "the energy regulator",
            "the health ministry", "the transport department", "the central bank", "the audit office");
    static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");
    static final List<String> MONTHS = List.of("January", "March", "April", "June", "September", "November");
    static final List<String> RANKS = List.of("largest", "second largest", "biggest", "fastest-growing",
            "third largest", "most profitable");

    static final List<String> TITLES = List.of(
            "{org} unveils {money} {thing} for {city}",
            "{org} to expand {thing} as {metric} rise {pct} percent",
            "{city} backs {org} {thing} despite cost concerns",
            "{org} {thing} faces questions over {money} price tag",
            "Officials say {org} {thing} will serve {thousands} {metric}");

    static final List<String> OPENINGS = List.of(
            "{org} on {day} announced a {money} {thing} in {city}, a move it says will serve {thousands} {metric} by {year}.",
            "The {org} {thing} in {city} was approved on {day} after months of debate, with a budget of {money} and a target of {thousands} {metric}.",
            "{org} said on {day} it would spend {money} on a new {thing} in {city}, up {pct} percent on last year's plans.");

    static final List<String> PARAGRAPHS = List.of(
            "\"This is the single most important investment we will make this decade,\" said {person}, the {role} of {org}. \"It changes what {metric} in {city} can expect.\"",
            "According to {agency}, the number of {metric} in the region grew by {pct} percent in {year}, reaching {thousands}.",
            "{org} is already the {rank} {field} in {country}, according to figures published by {outlet} in {month}.",
            "A source familiar with the negotiations said the final cost could be far higher than the {money} announced.",
            "Critics say the plan relies on optimistic forecasts. {person2}, a {role2} at {rival}, said the projections \"do not add up\" and warned that costs had risen {pct} percent since {year}.",
            "The {thing} will be built in {n} phases. The first, worth {money}, is due to open in {month} {year}; the second, worth {money}, a year later.",
            "Everyone agrees that the {thing} is the best option available, and there is no doubt it will pay for itself within {n} years.",
            "{outlet} reported that {org} had held talks with {n} potential partners, including {rival}, before settling on the current design.",
            "Officials said {thousands} {metric} would benefit in the first year, while {thousands} more would be added by {year}.",
            "In a statement, {org} said it had \"consulted widely\" with {metric} and local groups. It did not say how many responses it received.",
            "{person3}, who leads a residents' group in {city}, said the consultation had been rushed. \"We were given {n} days to respond to a {big}-page document,\" she said.",
            "Figures from {agency} show that spending on similar projects in {country} rose from {money} in {year} to {money} last year, an increase of {pct} percent.",
            "Studies show that projects of this kind cut costs by up to {pct} percent, though {org} did not name the studies.",
            "{person} told reporters on {day} that the project was \"on time and on budget\" and that {n} contracts had already been signed.",
            "The {thing} is expected to create {big} jobs during construction and {n} permanent positions, according to the company.",
            "Some analysts remain cautious. \"The numbers look good on paper, but the last {thing} of this size took {n} years longer than planned,\" said {person2}.",
            "{rival} said in {month} that it would launch a competing {thing}, which it described as the {rank} in the country.",
            "It is widely believed that the decision was driven by political pressure ahead of the {year} elections.",
            "The plan was first proposed in {month} {year}, when {org} estimated the cost at {money}. That estimate has since risen by {pct} percent.",
            "A spokesperson for {agency} declined to comment on the figures but said a review would be published by {month}.");
}
