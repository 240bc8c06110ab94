//! Interviews printed as questions and answers: paragraphs that open with `Q:` and `A:`.
//!
//! The answers are the interviewee's words, so the `A` that labels one, and the "I" said in
//! one, stand for the person interviewed; `speakers` finds who that is. The `Q` that labels a
//! question stands for the interviewer, whom such a transcript does not name.

use crate::model::Span;

/// The labels of a transcript's turns.
const QUESTION: &str = "Q:";
const ANSWER: &str = "A:";

/// The text each answer of a question-and-answer transcript holds, in order: from its `A:` to
/// the next labelled turn (an answer may run over several paragraphs) or the end of the text.
/// A text with fewer than two labelled turns, or no answer among them, is no transcript: one
/// `A:` is as likely a list item or a caption.
pub fn answers(text: &str, paragraphs: &[Span]) -> Vec<Span> {
    let label = |p: &Span| {
        let words = text[p.clone()].trim_start();
        [QUESTION, ANSWER].into_iter().find(|l| words.starts_with(l))
    };
    let turns: Vec<(usize, &str)> = paragraphs.iter().filter_map(|p| label(p).map(|l| (p.start, l))).collect();
    if turns.len() < 2 {
        return Vec::new();
    }
    let ends = turns.iter().skip(1).map(|&(start, _)| start).chain(std::iter::once(text.len()));
    turns.iter().zip(ends).filter(|((_, l), _)| *l == ANSWER).map(|(&(start, _), end)| start..end).collect()
}

/// Whether the words at `span` are the `Q` of a question's label: the interviewer, whom the
/// transcript does not name.
pub fn is_question_label(text: &str, span: &Span) -> bool {
    labels(text, span, QUESTION)
}

/// Whether the words at `span` are the `A` of an answer's label: the person interviewed.
pub fn is_answer_label(text: &str, span: &Span) -> bool {
    labels(text, span, ANSWER)
}

/// Whether the words at `span`, with the colon after them, are `label`.
fn labels(text: &str, span: &Span, label: &str) -> bool {
    text.get(span.start..span.end + 1) == Some(label)
}

/// Whether `at` falls inside one of `answers`.
pub fn in_answer(answers: &[Span], at: usize) -> bool {
    answers[..answers.partition_point(|a| a.start <= at)].last().is_some_and(|a| at < a.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut start = 0;
        for p in text.split("\n\n") {
            out.push(start..start + p.len());
            start += p.len() + 2;
        }
        out
    }

    #[test]
    fn an_answer_runs_to_the_next_turn() {
        let text = "Intro.\n\nQ: Why?\n\nA: Because.\n\nMore of it.\n\nQ: And?\n\nA: Done.";
        let found = answers(text, &paragraphs(text));
        let held: Vec<&str> = found.iter().map(|a| &text[a.clone()]).collect();
        assert_eq!(held, ["A: Because.\n\nMore of it.\n\n", "A: Done."]);
        assert!(in_answer(&found, text.find("More").unwrap()));
        assert!(!in_answer(&found, text.find("Why").unwrap()));
    }

    #[test]
    fn one_labelled_paragraph_is_no_transcript() {
        let text = "Intro.\n\nA: a list item.\n\nThe end.";
        assert!(answers(text, &paragraphs(text)).is_empty());
    }
}
