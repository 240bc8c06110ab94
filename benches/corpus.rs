//! A deterministic generator of seed-sized (~5 KB) news articles, shared by the benchmarks and
//! the fault tests. Article `n` is always the same text and differs from every other article.
//! Each has a headline and paragraphs of plain reporting, direct quotes with a said-cue, and
//! reported speech, from a cast of five speakers, so extraction has realistic work to do.

/// The text of article `n`.
pub fn article(n: usize) -> String {
    const NAMES: [&str; 5] = ["Ana Ruiz", "Tom Baker", "Lena Okafor", "Piet de Vries", "Mira Chen"];
    const ROLES: [&str; 5] = ["Mayor", "council member", "engineer", "harbour master", "resident"];
    let mut text = format!("Harbour district report {n}: repairs run late\n\n");
    let mut paragraph = 0;
    while text.len() < 5000 {
        let who = (n + paragraph) % NAMES.len();
        let (name, role) = (NAMES[who], ROLES[who]);
        let surname = name.rsplit(' ').next().unwrap_or(name);
        let line = match paragraph % 4 {
            0 => {
                format!("\"The harbour plan {n} needs {paragraph} more weeks of work,\" {role} {name} said on Tuesday.")
            }
            1 => format!(
                "The district has waited for repairs since the storm of {}, and residents of street {paragraph} \
                 say the water still rises over the quay at high tide.",
                1990 + n % 30
            ),
            2 => format!(
                "{surname} said that the budget of {} million would not be enough for report {n}.",
                paragraph + 3
            ),
            _ => format!(
                "\"We have asked the port authority for an answer {paragraph} times,\" {surname} added. \
                 \"Nobody has replied.\""
            ),
        };
        text.push_str(&line);
        text.push_str("\n\n");
        paragraph += 1;
    }
    text
}
