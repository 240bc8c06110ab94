//! A deterministic generator of realistic news articles with their answers written beside them,
//! for benchmarks that check correctness at scale (`examples/gencorpus.rs` writes them out,
//! `examples/measure.rs` scores extraction against them).
//!
//! Every article is Markdown (title, byline, date, body, `Original url:` line) of about 5 KB,
//! made from a seed alone. Each has two or three speakers, introduced with a title or an
//! appositive and later named by surname, pronoun and description; direct quotes (plain,
//! interrupted by their attribution, after a colon), mixed quotes and reported speech;
//! statistics with their source ("according to X", "X reported"). Quotes are drawn from a
//! shared pool, so the same claim appears across outlets, some with a planted variant: trimmed,
//! one word changed, or given to another speaker. One article in ten is revised: a second
//! file with the same URL and an edited body. No third-party text.
//!
//! The truth of each file is one JSON object: `file`, `url`, `outlet`, `published`, `version`,
//! `revision_of` (the file of the version before, or null), `speakers` (`name`, `title`, and
//! `forms`: the other names the text uses), `quotes` (`text`, `speaker`, `kind`:
//! direct/mixed/indirect, `claim`: the pool claim it comes from, `variant`:
//! original/trimmed/altered/reattributed) and `statistics` (`text`, `value`, `source`).

use serde_json::{Value, json};

/// One generated article file and its truth.
pub struct Article {
    /// The file name to write it under; names sort in ingest order (a revision after its
    /// original).
    pub file: String,
    pub text: String,
    pub truth: Value,
}

/// The articles of a corpus of `count` first versions (plus their revisions), from `seed`.
pub fn articles(count: usize, seed: u64) -> impl Iterator<Item = Article> {
    (0..count).flat_map(move |n| {
        let mut rng = Rng::new(seed ^ (n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
        let revise = rng.below(10) == 0;
        // The revision replays the same draws, so it keeps the first version's quotes.
        let first = compose(n, seed, &mut rng.clone(), false);
        let revised = revise.then(|| compose(n, seed, &mut rng, true));
        std::iter::once(first).chain(revised)
    })
}

const FIRST: [&str; 16] = [
    "Ana", "Tom", "Lena", "Piet", "Mira", "Omar", "Greta", "Jonas", "Priya", "Karel", "Ines", "Victor", "Sofia",
    "Daniel", "Hana", "Marco",
];
const SHE: [bool; 16] =
    [true, false, true, false, true, false, true, false, true, false, true, false, true, false, true, false];
const SURNAMES: [&str; 24] = [
    "Ruiz", "Baker", "Okafor", "Vries", "Chen", "Haddad", "Lindqvist", "Brandt", "Raman", "Novak", "Moreau",
    "Castillo", "Petrova", "Keane", "Sato", "Bianchi", "Whitfield", "Osei", "Kowalski", "Fernsby", "Adeyemi", "Larsen",
    "Duval", "Marsh",
];
/// A title before the name, and the description the article later uses for the person.
const TITLES: [(&str, &str); 8] = [
    ("Harbour Commissioner", "the commissioner"),
    ("Finance Minister", "the minister"),
    ("Police Chief", "the police chief"),
    ("Mayor", "the mayor"),
    ("Senator", "the senator"),
    ("Union leader", "the union leader"),
    ("Port director", "the director"),
    ("Health Secretary", "the secretary"),
];
const SOURCES: [&str; 6] = [
    "the National Statistics Office", "the Port Authority", "Reuters", "the Harbour Trust", "the Central Bank",
    "the Institute for Fiscal Studies",
];
const OUTLETS: [&str; 5] = ["harbourtimes", "dailyledger", "northpost", "coastalherald", "citywire"];
const TOPICS: [&str; 6] = [
    "the harbour plan", "the new budget", "the ferry contract", "the flood wall", "the rail link", "the housing scheme",
];
const VERBS: [&str; 6] = ["will cost", "needs", "depends on", "cannot survive without", "was built for", "has lost"];
const OBJECTS: [&str; 6] =
    ["more time", "public money", "the trust of residents", "a second vote", "new engineers", "a clear answer"];
const SWAPS: [(&str, &str); 4] = [("will", "may"), ("more", "less"), ("new", "old"), ("clear", "quick")];

/// The words of pool claim `id`: the same id always gives the same sentence, in every article.
fn claim(id: u64) -> String {
    let mut rng = Rng::new(id.wrapping_mul(0x2545_f491_4f6c_dd1d) ^ 0x5bd1_e995);
    let pick = |rng: &mut Rng, list: &[&'static str]| list[rng.below(list.len() as u64) as usize];
    format!(
        "{} {} {} and we told the council so in week {}",
        pick(&mut rng, &TOPICS),
        pick(&mut rng, &VERBS),
        pick(&mut rng, &OBJECTS),
        id % 52 + 1
    )
}

/// A planted variant of a claim's words.
fn vary(text: &str, variant: &str) -> String {
    match variant {
        "trimmed" => text.split(" and we told").next().unwrap_or(text).to_string(),
        "altered" => {
            let swap = SWAPS.iter().find(|(from, _)| text.split(' ').any(|w| w == *from));
            let (from, to) = swap.copied().unwrap_or(("the", "that"));
            text.replacen(&format!(" {from} "), &format!(" {to} "), 1)
        }
        _ => text.to_string(),
    }
}

struct Person {
    first: &'static str,
    surname: &'static str,
    title: &'static str,
    description: &'static str,
    she: bool,
}

impl Person {
    fn name(&self) -> String {
        format!("{} {}", self.first, self.surname)
    }
}

fn compose(n: usize, seed: u64, rng: &mut Rng, revised: bool) -> Article {
    // The cast and the outlet depend only on the article, so a revision keeps them.
    let mut cast_rng = Rng::new(seed.wrapping_add(n as u64).wrapping_mul(0xff51_afd7_ed55_8ccd));
    let mut people: Vec<Person> = Vec::new();
    while people.len() < 3 {
        let (f, s, t) = (cast_rng.below(16) as usize, cast_rng.below(24) as usize, cast_rng.below(8) as usize);
        if people.iter().any(|p| p.surname == SURNAMES[s] || p.title == TITLES[t].0) {
            continue;
        }
        people.push(Person {
            first: FIRST[f],
            surname: SURNAMES[s],
            title: TITLES[t].0,
            description: TITLES[t].1,
            she: SHE[f],
        });
    }
    let outlet = OUTLETS[cast_rng.below(5) as usize];
    let url = format!("https://{outlet}.example/{}/{:02}/report-{n}", 2015 + n % 10, n % 12 + 1);
    let version = if revised { 2 } else { 1 };
    let published = format!("{}-{:02}-{:02}", 2015 + n % 10, n % 12 + 1, n % 28 + 1);
    let file = format!("{:07}.{version}.md", n);
    let (a, b) = (&people[0], &people[1]);
    let mut quotes = Vec::new();
    let mut stats = Vec::new();
    let mut body: Vec<String> = Vec::new();
    // Claims come from a pool about as large as the corpus; small ids are quoted far more often.
    let pool = (n as u64 + 50) * 4;
    let mut edited = false;
    let mut next_claim = |rng: &mut Rng, speaker: &Person, other: &Person, kind: &str| {
        let id = rng.below(pool).min(rng.below(pool));
        let draw = rng.below(20);
        // The revision rewords its first direct quote.
        let edit = revised && kind == "direct" && !std::mem::replace(&mut edited, true);
        let variant = match if edit { 3 } else { draw } {
            0..=2 => "trimmed",
            3 | 4 => "altered",
            5 if kind != "mixed" => "reattributed",
            _ => "original",
        };
        let text = vary(&claim(id), variant);
        let who = if variant == "reattributed" { other.name() } else { speaker.name() };
        (text, json!({"speaker": who, "kind": kind, "claim": id, "variant": variant}), variant == "reattributed")
    };
    // A quote of `speaker` (or, reattributed, of `other`), by index into `people`: its words and
    // the person the text gives it to.
    let mut quote = |rng: &mut Rng, speaker: usize, other: usize, kind: &str| {
        let (text, mut truth, swapped) = next_claim(rng, &people[speaker], &people[other], kind);
        truth["text"] = json!(text);
        quotes.push(truth);
        (capitalise(&text), &people[if swapped { other } else { speaker }])
    };
    let pronoun = |p: &Person| if p.she { "she" } else { "he" };
    let (q, who) = quote(rng, 0, 1, "indirect");
    body.push(format!("{} {} said on Tuesday that {}.", who.title, who.name(), uncapitalise(&q)));
    let (q, who) = quote(rng, 0, 1, "direct");
    body.push(format!("\"{q},\" {} said.", who.surname));
    let (q, who) = quote(rng, 0, 1, "direct");
    body.push(format!("\"{q},\" {} said. \"We will keep asking.\"", pronoun(who)));
    let (q, who) = quote(rng, 1, 2, "mixed");
    body.push(format!(
        "{}, a professor of economics at Northfield University, called the plan \"{}\".",
        who.name(),
        uncapitalise(&q)
    ));
    for (i, source) in [SOURCES[rng.below(6) as usize], SOURCES[rng.below(6) as usize]].into_iter().enumerate() {
        let value = format!("{}.{}", rng.below(40) + 2, rng.below(10));
        let (sentence, figure) = if i == 0 {
            let figure = format!("{value}%");
            (format!("According to {source}, unemployment in the district rose to {figure} last year."), figure)
        } else {
            let figure = format!("${value} million");
            (format!("{} reported that the repairs have cost {figure} so far.", capitalise(source)), figure)
        };
        let scale = if i == 0 { 1.0 } else { 1e6 };
        let amount = value.parse::<f64>().unwrap_or(0.0) * scale;
        stats.push(json!({"text": figure, "value": amount, "source": source.trim_start_matches("the ")}));
        body.push(sentence);
    }
    let (q, who) = quote(rng, 0, 2, "direct");
    body.push(format!("\"{q},\" {} added.", if who.name() == a.name() { a.description } else { who.surname }));
    let (q, who) = quote(rng, 2, 0, "direct");
    body.push(format!("{} {} said: \"{q}.\"", who.title, who.name()));
    let (q, who) = quote(rng, 2, 0, "indirect");
    body.push(format!("{}, {} said.", q, who.surname));
    if revised {
        // The revision also adds one more quote and an editor's note at the end.
        let (q, who) = quote(rng, 1, 0, "direct");
        body.push(format!("\"{q},\" {} said in a later statement.", who.surname));
        body.push(format!("This article was updated on {published} with a statement from {}.", b.surname));
    }
    let mut filler = 0;
    while body.iter().map(|p| p.len() + 2).sum::<usize>() < 4700 {
        let line = match filler % 3 {
            0 => format!(
                "The district has waited for repairs since the storm of {}, and residents of street {} say the water still rises over the quay at high tide.",
                1990 + (n + filler) % 30,
                filler + 1
            ),
            1 => format!("Council records show that the work on pier {} began in {} and stopped twice.", filler + 3, 2000 + (n + filler) % 20),
            _ => "Shops along the waterfront closed early, and the ferry ran a reduced timetable for the rest of the week.".to_string(),
        };
        body.insert(4 + filler % 5, line);
        filler += 1;
    }
    let title = format!("{} faces new questions in report {n}", capitalise(TOPICS[n % TOPICS.len()]));
    let author = format!("{} {}", FIRST[(n + 3) % 16], SURNAMES[(n + 7) % 24]);
    let text = format!("# {title}\n\nBy {author}\n\n{published}\n\n{}\n\nOriginal url: <{url}>\n", body.join("\n\n"));
    let speakers: Vec<Value> = people
        .iter()
        .map(|p| json!({"name": p.name(), "title": p.title, "forms": [p.surname, pronoun(p), p.description]}))
        .collect();
    let truth = json!({
        "file": file, "url": url, "outlet": outlet, "published": published, "version": version,
        "revision_of": revised.then(|| format!("{n:07}.1.md")), "speakers": speakers, "quotes": quotes, "statistics": stats,
    });
    Article { file, text, truth }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}

fn uncapitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or(String::new(), |c| c.to_lowercase().chain(chars).collect())
}

/// splitmix64: small, fast and the same on every platform.
#[derive(Clone)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        (z ^ (z >> 31)) % n.max(1)
    }
}
