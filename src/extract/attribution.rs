//! Attribution: which words report each quotation, and reported speech with no marks.
//!
//! For a quotation, the cue and speaker are looked for right after it (`"…," Fomin said`,
//! `"…," said Fomin`) and right before it (`Fomin said: "…"`); a quote that a reported clause
//! leads into is *mixed* (`calling the coup "purely a domestic affair"`: the text is the whole
//! clause). A quote split by its attribution (`"A," she said. "B."`) is one quote; a quote
//! that stands alone after an attributed one keeps its speaker, or takes that of reported
//! speech after it in the paragraph just before; a sentence with no cue that quotes after a
//! short lead-in goes on with the claim of the sentence before (`"…," she said. That makes it
//! "…"`). A short quote with no cue is a scare quote or a title, not speech. Sentences without
//! quote marks are read for reported speech: `X said (that) …`, `…, X said`, `…, said X`, `according to X, …`, `…, saying …`.

use super::lexicon::{self, CueClass, Form};
use super::mentions::{self, Mention, MentionKind};
use super::quotes::{self, QuoteSpan};
use super::reported::{self, trim_end_punct};
use super::tokens::{Token, Tokenized, count_words, is_capitalized, is_dash, without_possessive};
use crate::model::{QuoteKind, Span};
use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::HashMap;

/// A claim with the words that attribute it, before speakers are resolved to names.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    pub kind: QuoteKind,
    pub parts: Vec<Span>,
    pub mention: Option<Mention>,
    pub cue: Option<Span>,
    /// A quote with no cue of its own that takes the speaker of the quote before it.
    pub follows: Option<usize>,
}

/// The most words of a quotation `find` tells apart: a quote of eight words or more may stand
/// alone after an unattributed one.
const QUOTE_WORDS_TOLD: usize = 8;

/// One quotation seen from the sentence it sits in.
#[derive(Clone)]
struct Context {
    /// From the sentence start (or the previous quote's end) to the opening mark.
    before: Span,
    /// From the end of the closing mark to the sentence end (or the next quote).
    after: Span,
    /// The sentence end after the quote (or the next quote's opening mark).
    sentence_end: usize,
    /// The sentence end after the quote, past any quote that follows in it.
    full_end: usize,
}

impl Context {
    /// Whether words follow quote `q` in its sentence (`"…" was his answer`), so that the
    /// quote does not close it.
    fn words_after(&self, text: &str, q: &QuoteSpan) -> bool {
        text[q.end.min(self.sentence_end)..self.sentence_end].chars().any(char::is_alphanumeric)
    }
}

/// Finds the attributions of a document's quotations and its reported speech.
pub fn find(
    text: &str,
    paragraphs: &[Span],
    sentences: &[Span],
    tokens: &Tokenized,
    subject_starts: &[OnceCell<Option<usize>>],
    quotes: &[QuoteSpan],
) -> Vec<Attribution> {
    let mut reported = ReportedSpeech {
        text,
        sentences,
        tokens,
        subject_starts,
        read: vec![None; sentences.len()],
        words: Vec::new(),
    };
    let mut out: Vec<Attribution> = Vec::new();
    // Index into `out` of the last attributed quote, with its paragraph, for floating quotes.
    let mut last_attributed: Option<(usize, usize)> = None;
    // The end of the previous quote's attribution, for "A," she said. "B." merging.
    let mut previous: Option<(usize, usize)> = None; // (index in out, attribution end)
    // Quotes whose sentences are settled (attributed, merged or floating).
    let mut settled: Vec<Span> = Vec::new();
    // The end of the last mixed quote's reported clause, which may hold more quotes.
    let mut covered_until = 0;
    // Index into `out` of the last quote attributed by a cue beside it, which a quote opening
    // the next sentence goes on.
    let mut last_spoken: Option<usize> = None;
    // Floating quotes that take the speaker of reported speech: (index in out, its cue start).
    let mut follows_reported: Vec<(usize, usize)> = Vec::new();
    // Sentences that quote with no cue, going on with reported speech: (its cue start, the sentence).
    let mut goes_on_reported: Vec<(usize, Span)> = Vec::new();
    for (qi, q) in quotes.iter().enumerate() {
        let para_idx = paragraph_of(paragraphs, q.open);
        let ctx = context(text, sentences, quotes, qi);
        let before_toks = tokens.within(&ctx.before);
        let after_toks = tokens.within(&ctx.after);
        // Counted up to `QUOTE_WORDS_TOLD`, the most any rule below asks for: counting every word
        // of every quotation cost 1% of extraction.
        let quote_words = q.parts.iter().map(|p| count_words(&text[p.clone()], QUOTE_WORDS_TOLD)).sum::<usize>();
        let lead_in = before_toks.iter().filter(|t| t.is_word()).count();

        // "A," she said. "B." — B continues A when only A's attribution stands between them.
        // The cue of an attribution whose words run on into this quote, if any.
        let mut in_attribution_of: Option<Span> = None;
        if let Some((prev_idx, attr_end)) = previous {
            let gap = &text[attr_end.min(q.open)..q.open];
            // Within one paragraph: a quote opening the next paragraph is a new quote.
            let same_paragraph = paragraph_of(paragraphs, attr_end.saturating_sub(1)) == para_idx;
            let merges =
                gap.chars().all(|c| c.is_whitespace() || ",.;:".contains(c)) && !added_after_quote(text, before_toks);
            // `"A," she said. "B" to pay for it, she said`: B carried on to an attribution of its
            // own is a claim of its own.
            let attributed_again = || {
                attribution_after(text, after_toks).is_some() || attribution_after_clause(text, after_toks).is_some()
            };
            if same_paragraph && merges && !attributed_again() {
                // A quote the attribution's words run into is not more of A ("Trump told
                // reporters, before insisting he had a "great relationship""); one after a
                // conjunction is ("Ruiz said, but "…"").
                if runs_into_quote(&text[..attr_end.min(q.open)]) {
                    in_attribution_of = out[prev_idx].cue.clone();
                } else {
                    out[prev_idx].parts.extend(q.parts.iter().cloned());
                    previous = None;
                    settled.push(q.open..q.end);
                    continue;
                }
            }
        }
        previous = None;
        // Inside the reported clause of a mixed quote found before it in this sentence.
        if q.end <= covered_until {
            settled.push(q.open..q.end);
            continue;
        }
        // `Clinton said she admired her courage through what she calls a "war of words."`:
        // the reported clause that holds the quote, read as reported speech, is the claim.
        // In the words of an attribution, only a clause of a cue of its own holds the quote
        // ("before insisting he had a "…""); else it is a title or a scare quote ("said in
        // an interview with "Fox News Sunday"").
        let led_in = led_in_by_cue(text, before_toks, q);
        // `When a man shouted, "Cruz," Beck joked, "…"`: the words after a quote led in by a cue of
        // its own lead into the next quote; they are not this one's attribution.
        if led_in && leads_into_next_quote(text, after_toks, &ctx, quotes.get(qi + 1)) {
            let ended = Context { sentence_end: q.end, ..ctx.clone() };
            if let Some(found) =
                attribution_before(text, before_toks, q, &ended).filter(|a| a.kind == QuoteKind::Direct)
            {
                out.push(found);
                last_attributed = Some((out.len() - 1, para_idx));
                last_spoken = Some(out.len() - 1);
                settled.push(ctx.before.start..q.end);
                continue;
            }
        }
        let in_reported_clause = lead_in > 0
            && !(led_in && !ctx.words_after(text, q))
            && !colon_then_attribution(text, before_toks, after_toks);
        let found = in_reported_clause.then(|| mixed_in_reported_clause(&mut reported, q)).flatten();
        let found = found.filter(|(f, _)| in_attribution_of.is_none() || f.cue != in_attribution_of);
        if found.is_none() && in_attribution_of.is_some() {
            settled.push(q.open..q.end);
            continue;
        }
        if let Some((mut found, mut before)) = found {
            // `that the pilots wanted a "fair toll," and "by May they were ready. Because …,
            // they stayed" at the pier`: a clause that a sentence end inside a quotation cut
            // short is read again from that quotation, over the sentences it spans.
            let mut quote_end = q.end;
            if let Some(cut) = found.parts.last().and_then(|p| quote_cut_at(text, quotes, p.end)) {
                match mixed_in_reported_clause(&mut reported, cut).filter(|(whole, _)| whole.parts[0].start <= q.open) {
                    Some(whole) => {
                        (found, before) = whole;
                        quote_end = cut.end;
                    }
                    None => found.parts.last_mut().into_iter().for_each(|last| last.end = cut.end),
                }
            }
            end_before_clause_after_quote(text, tokens, &mut found, quote_end);
            covered_until = found.parts.last().map_or(0, |p| p.end);
            let from = before.as_ref().map_or(found.parts[0].start, |b| b.parts[0].start);
            settled.push(from.min(q.open)..covered_until.max(q.end));
            // A clause before the participle that an earlier quote has claimed, from the same
            // word, is that quote's already.
            out.extend(
                before.filter(|b| !out.iter().any(|o| o.parts.first().map(|p| p.start) == Some(b.parts[0].start))),
            );
            out.push(found);
            last_attributed = Some((out.len() - 1, para_idx));
            continue;
        }

        // `"I want to wait until I meet him" before discussing specifics, he said`: words of
        // the reporter's carry the quote on to its attribution; the claim is the whole clause.
        // `Citing "family duties," the aide told reporters …`: a participle that opens the
        // sentence leads into the quote; the subject after it is the participle's speaker.
        let sentence = || tokens.within(&(ctx.before.start..ctx.sentence_end));
        let participle = (lead_in > 0).then(|| opening_participle(text, before_toks, sentence, q)).flatten();
        let attributed = attribution_after(text, after_toks)
            .filter(|_| participle.is_none())
            .or_else(|| according_to_after(text, after_toks).filter(|_| lead_in == 0))
            .map(|found| (None, found))
            .or_else(|| {
                let (clause_end, found) = attribution_after_clause(text, after_toks).filter(|_| lead_in == 0)?;
                Some((Some(clause_end), found))
            })
            .or_else(|| closing_attribution(text, q, after_toks).filter(|_| lead_in == 0).map(|found| (None, found)));
        if let Some((carried_to, (mention, cue, attr_end))) = attributed {
            let (kind, parts) = if let Some(clause_end) = carried_to {
                (QuoteKind::Mixed, vec![q.open..clause_end])
            } else if (lead_in >= 3
                || lead_in >= 1 && continues_lowercase(text, q) && reads_as_subject(text, before_toks))
                && !after_colon(before_toks)
                && !led_in
            {
                // `The plan is "dead on arrival," Smith said`: the quote is part of a claim.
                (QuoteKind::Mixed, vec![ctx.before.start..q.end])
            } else {
                (QuoteKind::Direct, q.parts.clone())
            };
            // `"…," he said, adding that …`: a participle after the attribution reports a claim
            // of its own, by the same speaker, to the end of the sentence.
            let cue_end = cue.end;
            // Not an aside between two parts of one quote, which the next quote merges past.
            let said_end = mention.as_ref().map_or(cue.end, |m| m.span.end.max(cue.end));
            let aside = || quotes.get(qi + 1).is_some_and(|n| participle_aside_before_resumption(text, q, said_end, n));
            let participle = mention.as_ref().filter(|_| carried_to.is_none() && !aside()).and_then(|m| {
                let toks = tokens.within(&(cue_end..ctx.full_end));
                let (cue, mut content) = reported::participle_after(text, toks)?;
                content.end = quote_cut_at(text, quotes, content.end).map_or(content.end, |cut| cut.end);
                let holds_quote = content.end > ctx.after.end;
                let kind = if holds_quote { QuoteKind::Mixed } else { QuoteKind::Indirect };
                Some(Attribution {
                    kind,
                    parts: vec![content],
                    mention: Some(m.clone()),
                    cue: Some(cue),
                    follows: None,
                })
            });
            out.push(Attribution { kind, parts, mention, cue: Some(cue), follows: None });
            last_attributed = Some((out.len() - 1, para_idx));
            last_spoken = Some(out.len() - 1);
            previous = Some((out.len() - 1, attr_end));
            settled.push(ctx.before.start..ctx.sentence_end);
            if let Some(found) = participle {
                // A quote inside the participle's clause belongs to it, not to the quote before.
                if found.kind == QuoteKind::Mixed {
                    previous = None;
                    covered_until = found.parts[0].end;
                }
                out.push(found);
            }
            continue;
        }
        if let Some(mut found) = attribution_before(text, before_toks, q, &ctx).or(participle) {
            if found.kind == QuoteKind::Mixed {
                end_before_clause_after_quote(text, tokens, &mut found, q.end);
                covered_until = found.parts.last().map_or(0, |p| p.end);
            }
            out.push(found);
            last_attributed = Some((out.len() - 1, para_idx));
            last_spoken = Some(out.len() - 1);
            settled.push(ctx.before.start..ctx.sentence_end);
            continue;
        }
        // `Ruiz said the plan was "a mistake," adding, "We will not …"`: a participle of saying
        // that leads from one quotation into the next gives it the speaker of the one before,
        // when that one was attributed (else the speaker last attributed is someone else's).
        let quote_before = qi.checked_sub(1).map(|p| quotes[p].open);
        let attributed_before =
            |i: usize| quote_before.is_some_and(|open| out[i].parts.last().is_some_and(|p| p.end > open));
        if let Some((i, _)) =
            last_attributed.filter(|&(i, _)| attributed_before(i) && added_after_quote(text, before_toks))
        {
            let mention = out[i].mention.clone();
            let cue = before_toks.iter().find(|t| t.is_word()).map(|t| t.span.clone());
            out.push(Attribution { kind: QuoteKind::Direct, parts: q.parts.clone(), mention, cue, follows: None });
            last_attributed = Some((out.len() - 1, para_idx));
            last_spoken = Some(out.len() - 1);
            settled.push(q.open..q.end);
            continue;
        }
        // A quote standing alone as a sentence: more words of the last speaker, whether that
        // speaker was quoted or reported ("Clinton replied, saying …" before it).
        let trailing = after_toks.iter().filter(|t| t.is_word()).count();
        let alone = lead_in == 0 && trailing == 0;
        if alone && let Some(found) = led_in_by_sentence_before(text, sentences, tokens, q, &ctx) {
            out.push(found);
            last_attributed = Some((out.len() - 1, para_idx));
            last_spoken = Some(out.len() - 1);
            settled.push(q.open..q.end);
            continue;
        }
        if alone && quote_words >= 4 {
            let quoted = last_attributed.filter(|&(_, p)| para_idx <= p + 2).map(|(i, _)| i);
            let quoted_at = quoted.map_or(0, |i| out[i].cue.as_ref().or(out[i].parts.first()).map_or(0, |s| s.start));
            let reported_cue =
                last_reported_speaker(&mut reported, quotes, paragraphs, para_idx, q.open).filter(|&at| at > quoted_at);
            // `"A," Carson told the AP on Wednesday after a visit. "B."`: B goes on with A when
            // it opens the sentence after the one A's attribution ends.
            let goes_on = |a: &Attribution| {
                goes_on_after(paragraphs, sentences, a, q.open)
                    || opens_paragraph_after(text, paragraphs, sentences, a, q.open)
            };
            if let Some(i) = last_spoken.filter(|&i| reported_cue.is_none() && goes_on(&out[i])) {
                out[i].parts.extend(q.parts.iter().cloned());
                settled.push(q.open..q.end);
                continue;
            }
            // `Ruiz said the ferry would run all winter. "We have the crews for it."`: a quote
            // that goes on a claim reported to the end of the sentence just before is part of
            // that claim, which now quotes.
            if let Some(cue) =
                reported_cue.filter(|&cue| reported_claim_ending_just_before(&mut reported, q.open) == Some(cue))
            {
                goes_on_reported.push((cue, q.open..q.end));
                settled.push(q.open..q.end);
                continue;
            }
            // `Ruiz called the toll "a swindle," Berg said. "We will not pay it."`: so does a
            // mixed claim that, with its attribution, ends the sentence just before.
            let ends_before = |a: &Attribution| {
                reported_span(a)
                    .map(|s| s.end)
                    .max()
                    .is_some_and(|end| ends_sentence_before(text, sentences, end, q.open))
            };
            if let Some(i) =
                quoted.filter(|&i| reported_cue.is_none() && out[i].kind == QuoteKind::Mixed && ends_before(&out[i]))
            {
                out[i].parts.push(q.open..q.end);
                settled.push(q.open..q.end);
                continue;
            }
            if quoted.is_some() || reported_cue.is_some() || quote_words >= QUOTE_WORDS_TOLD {
                if let Some(cue) = reported_cue {
                    follows_reported.push((out.len(), cue));
                }
                out.push(Attribution {
                    kind: QuoteKind::Direct,
                    parts: q.parts.clone(),
                    mention: None,
                    cue: None,
                    follows: quoted,
                });
                settled.push(q.open..q.end);
                if quoted.is_some() || reported_cue.is_some() {
                    last_attributed = Some((out.len() - 1, para_idx));
                }
            }
        }
        // `"A," she said. That makes it "B."`: a sentence with no cue that quotes after some
        // words of its own goes on with the claim of the sentence just before.
        if lead_in > 0
            && trailing == 0
            && quote_words >= 4
            && short_lead_in(sentences, before_toks, &ctx, lead_in)
            && !reports_speech(&mut reported, &(ctx.before.start..q.end))
        {
            let clause = ctx.before.start..q.end;
            if let Some(i) = last_spoken.filter(|&i| goes_on_after(paragraphs, sentences, &out[i], q.open)) {
                out[i].parts.push(clause);
                out[i].kind = QuoteKind::Mixed;
                settled.push(q.open..q.end);
            } else if let Some(cue) = reported_claim_just_before(&mut reported, paragraphs, q.open) {
                goes_on_reported.push((cue, clause));
                settled.push(q.open..q.end);
            }
        }
    }
    let quoted_count = out.len();
    settled.sort_by_key(|q| q.start);
    let settled_reach = running_max_end(&settled);
    // What the quotations' attributions already hold: their words and cues, and every
    // quotation mark pair, attributed or not. Their speaker may speak again beside them ("She
    // called it "weak" and said the plan would fail", "Brown endorsed her, citing her "long
    // experience"").
    let mut claimed: Vec<Span> = out
        .iter()
        .flat_map(|a| a.parts.iter().cloned().chain(a.cue.clone()))
        .chain(quotes.iter().map(|q| q.open..q.end))
        .collect();
    claimed.sort_by_key(|s| s.start);
    let claimed_reach = running_max_end(&claimed);
    // Quotations no attribution holds, scare quotes: a reported clause may hold one whole and
    // is then a mixed quote ("The "toll" is high, Ruiz said, noting the mayor "had no choice"").
    let mut held: Vec<Span> = out.iter().flat_map(|a| a.parts.iter().cloned()).collect();
    held.sort_by_key(|s| s.start);
    let held_reach = running_max_end(&held);
    let unheld: Vec<Span> = quotes
        .iter()
        .map(|q| q.open..q.end)
        .filter(|q| {
            let starting_by = held.partition_point(|p| p.start <= q.start);
            starting_by == 0 || held_reach[starting_by - 1] + 1 < q.end
        })
        .collect();
    let is_unheld = |c: &Span| unheld.binary_search_by_key(&(c.start, c.end), |q| (q.start, q.end)).is_ok();
    let runs_into_claimed = |p: &Span, part: bool| {
        overlaps_any(&claimed, &claimed_reach, p)
            && !(part && overlapping(&claimed, &claimed_reach, p).all(|c| holds_whole(p, c) && is_unheld(c)))
    };
    for (i, s) in sentences.iter().enumerate() {
        let beside_quotes = overlaps_any(&settled, &settled_reach, s);
        for mut found in reported.take_sentence(i) {
            // In a sentence with an attributed quotation, only a clause apart from it:
            // "… she said, but Kevin was drifting off, and Melanie said yes"; a participle may
            // share the quotation's speaker ("“…,” Cruz said, saying he …").
            let participle = found
                .cue
                .as_ref()
                .and_then(|c| lexicon::cue(&text[c.clone()]))
                .is_some_and(|c| c.form == Form::Participle);
            let mention = found.mention.as_ref().map(|m| m.span.clone()).filter(|_| !participle);
            let own_words = || found.cue.iter().chain(mention.iter());
            if beside_quotes
                && (found.parts.iter().any(|p| runs_into_claimed(p, true))
                    || own_words().any(|p| runs_into_claimed(p, false)))
            {
                // "X said that …, although he tweeted that he "…"": a claim that runs on into
                // a quotation's attribution keeps its words up to the clause before it.
                let own_words_free = own_words().all(|p| !overlaps_any(&claimed, &claimed_reach, p));
                let cut = own_words_free.then(|| cut_before_claimed(text, tokens, &found, &claimed)).flatten();
                let Some(cut) = cut.filter(|c| !overlaps_any(&claimed, &claimed_reach, c)) else { continue };
                found.parts = vec![cut];
            }
            // A reported clause that holds a quotation is a mixed quote.
            let holds_quote = found.parts.iter().any(|p| {
                let first = quotes.partition_point(|q| q.open < p.start);
                quotes.get(first).is_some_and(|q| holds_whole(p, &(q.open..q.end)))
            });
            if holds_quote {
                found.kind = QuoteKind::Mixed;
            }
            out.push(found);
        }
    }
    // The reported speech a floating quote follows, unless it was dropped beside a quotation.
    if !follows_reported.is_empty() {
        let by_cue: HashMap<usize, usize> =
            (quoted_count..out.len()).filter_map(|r| Some((out[r].cue.as_ref()?.start, r))).collect();
        for (i, cue) in follows_reported {
            if let Some(&r) = by_cue.get(&cue) {
                out[i].follows = Some(r);
            }
        }
    }
    go_on_with_reported(&mut out[quoted_count..], goes_on_reported);
    let turns = hold_whole_turns(text, paragraphs, &mut out);
    let mut out = without_claims_in_turns(out, &turns);
    // `told reporters at an event in Reno that "…"`: a mixed clause read from its cue through
    // a listener, a place or a time starts at the "that" of its claim.
    for a in out.iter_mut().filter(|a| a.kind == QuoteKind::Mixed) {
        let listener = a.cue.as_ref().is_some_and(|c| takes_listener(text, c));
        let Some(first) = a.parts.first_mut() else { continue };
        let adjunct = || that_after_opening_adjunct(text, tokens.within(first), listener);
        let time = || subject_after_opening_day(text, tokens.within(first));
        first.start = that_before(text, tokens, first.start).or_else(adjunct).or_else(time).unwrap_or(first.start);
    }
    // `told the crowd, "…"`: the clause was the listener and a quotation it leads into.
    for a in out.iter_mut().filter(|a| a.kind == QuoteKind::Mixed) {
        if let Some(quote) = listener_then_quote(text, quotes, a) {
            a.kind = QuoteKind::Direct;
            a.parts = quote;
        }
    }
    let joined: Vec<Attribution> = out
        .iter_mut()
        .filter(|a| a.kind == QuoteKind::Mixed)
        .filter_map(|a| split_at_joined_cue(text, tokens, quotes, a))
        .collect();
    out.extend(joined);
    in_text_order(out)
}

/// `FALLIN: I think … . If you watch …`: a speaker's label that opens a paragraph holds the
/// whole paragraph. Where a page quotes a whole transcript, each paragraph reopening the mark
/// (`"PENCE: …`, `"But the truth is …`), a turn labelled in capitals also holds the paragraphs
/// after it up to the next turn or a stage direction (`"(CROSSTALK)`); not those after the last
/// turn, where the article may go on in its own words.
/// Returns the turns labelled with a name in capitals: their attributions' indexes and the text
/// they hold.
fn hold_whole_turns(text: &str, paragraphs: &[Span], out: &mut [Attribution]) -> Vec<(usize, Span)> {
    const MOST_PARAGRAPHS: usize = 6;
    // The paragraph each turn opens, and whether its label is in capitals.
    let turn_of = |a: &Attribution| {
        let labelled = a.kind != QuoteKind::Direct && a.cue.as_ref().is_some_and(|c| &text[c.clone()] == ":");
        let m = a.mention.as_ref().filter(|_| labelled)?;
        let k = paragraph_of(paragraphs, m.span.start);
        let before = &text[paragraphs.get(k)?.start.min(m.span.start)..m.span.start];
        before
            .trim_start_matches(['"', '\u{201c}'])
            .trim()
            .is_empty()
            .then(|| (k, !text[m.span.clone()].contains(char::is_lowercase)))
    };
    let turns: Vec<(usize, usize, bool)> =
        out.iter().enumerate().filter_map(|(i, a)| turn_of(a).map(|(k, capitals)| (i, k, capitals))).collect();
    let wrapped = |k: usize| text[paragraphs[k].clone()].strip_prefix('"');
    let opens_turn = |k: usize| wrapped(k).is_some_and(quotes::opens_with_speaker_label);
    let stage_direction = |k: usize| wrapped(k).is_some_and(|p| p.starts_with(['(', '[']));
    // Where paragraph `k`'s words end, before a mark that closes a quoted transcript.
    let words_end = |k: usize| {
        let words = text[paragraphs[k].clone()].trim_end();
        let words = if wrapped(k).is_some() { words.strip_suffix('"').unwrap_or(words) } else { words };
        paragraphs[k].start + words.len()
    };
    let mut held = Vec::new();
    for &(i, k, capitals) in &turns {
        let mut run = (k + 1..paragraphs.len().min(k + 1 + MOST_PARAGRAPHS)).take_while(|&j| wrapped(j).is_some());
        let next = run.find(|&j| opens_turn(j) || stage_direction(j)).filter(|_| capitals && wrapped(k).is_some());
        let parts = &mut out[i].parts;
        let Some(last) = parts.last_mut() else { continue };
        last.end = words_end(k).max(last.start);
        // Past the mark that opens each paragraph.
        parts.extend(
            (k + 1..next.unwrap_or(k + 1)).map(|j| paragraphs[j].start + 1..words_end(j)).filter(|p| p.start < p.end),
        );
        if let Some(last) = parts.last_mut() {
            last.end = trim_end_punct(text, last.start, last.end);
        }
        // An interview's `Q:` and `A:` name no one: what the answers report keeps its sources.
        let named = out[i].mention.as_ref().is_some_and(|m| m.span.len() > 1);
        if capitals && named {
            held.push((i, out[i].parts[0].start..out[i].parts[out[i].parts.len() - 1].end));
        }
    }
    held
}

/// Drops the claims read inside a transcript's turns (`FALLIN: Well, I think …`): the whole
/// turn is its speaker's claim, and the article attributes nothing within it to anyone else.
fn without_claims_in_turns(out: Vec<Attribution>, turns: &[(usize, Span)]) -> Vec<Attribution> {
    let inside = |i: usize, a: &Attribution| {
        turns.iter().any(|(t, held)| *t != i && a.parts.iter().all(|p| held.start <= p.start && p.end <= held.end))
    };
    let keep: Vec<bool> = out.iter().enumerate().map(|(i, a)| a.parts.is_empty() || !inside(i, a)).collect();
    let new_index: Vec<usize> = keep
        .iter()
        .scan(0, |next, &k| {
            let at = *next;
            *next += usize::from(k);
            Some(at)
        })
        .collect();
    out.into_iter()
        .zip(&keep)
        .filter(|&(_, &k)| k)
        .map(|(mut a, _)| {
            a.follows = a.follows.filter(|&f| keep[f]).map(|f| new_index[f]);
            a
        })
        .collect()
}

/// Where "that" stands before the first quotation mark of a clause that opens with a
/// preposition ("at a rally in Reno that "…"", "for the first time that …") or, after a cue
/// that takes one, with its listener ("customers at a diner that "…""); or right after a time
/// that opens it ("Tuesday night that "…"").
fn that_after_opening_adjunct(text: &str, toks: &[Token], listener: bool) -> Option<usize> {
    let first = toks.first().filter(|t| t.is_word())?.text(text);
    let is_that = |t: &&Token| t.text(text).eq_ignore_ascii_case("that");
    let lower = lexicon::lower(first);
    let adjunct = matches!(
        lower.as_ref(),
        "at" | "on"
            | "in"
            | "of"
            | "during"
            | "to"
            | "from"
            | "before"
            | "after"
            | "with"
            | "for"
            | "about"
            | "outside"
    );
    if !adjunct && !(listener && lower != "that") {
        let time = lexicon::is_time_word(first) || lower == "instead";
        return toks.iter().skip(1).take(2).find(is_that).filter(|_| time).map(|t| t.span.start);
    }
    let mut before_quote = toks.iter().take_while(|t| !reported::holds_quote_mark(t.text(text)));
    before_quote.find(is_that).map(|t| t.span.start)
}

/// `said Tuesday night he considered Trump the "presumptive nominee"`: a clause read from its cue
/// through a day (and a part of it) starts at the pronoun that is its subject.
fn subject_after_opening_day(text: &str, toks: &[Token]) -> Option<usize> {
    let mut words = toks.iter().take_while(|t| t.is_word());
    if !lexicon::is_day(&lexicon::lower(words.next()?.text(text))) {
        return None;
    }
    let mut next = words.next()?;
    if lexicon::is_part_of_day(next.text(text)) {
        next = words.next()?;
    }
    lexicon::pronoun(next.text(text)).map(|_| next.span.start)
}

/// Whether the cue at `cue` takes a listener before its claim ("told", "assured", "reminded").
fn takes_listener(text: &str, cue: &Span) -> bool {
    lexicon::cue(&text[cue.clone()]).is_some_and(|c| c.takes_object)
}

/// `told the mayors gathered in the city, "No one should be confused …"`: a clause read from
/// a cue that takes a listener, whose words before its quotation (no "that" among them) end
/// in a comma, leads into a direct quotation that ends it. Returns the quotation's parts.
fn listener_then_quote(text: &str, quotes: &[QuoteSpan], a: &Attribution) -> Option<Vec<Span>> {
    let ([part], Some(cue)) = (a.parts.as_slice(), a.cue.as_ref()) else {
        return None;
    };
    let q = quotes.get(quotes.partition_point(|q| q.open < part.start))?;
    let head = text.get(part.start..q.open)?.trim_end();
    if cue.end > part.start || !head.ends_with(',') || q.end > part.end + 1 {
        return None;
    }
    let ends_clause = !text[q.end.min(part.end)..part.end].chars().any(char::is_alphanumeric);
    let that = head.split(|c: char| !c.is_alphanumeric()).any(|w| w.eq_ignore_ascii_case("that"));
    let listener = takes_listener(text, cue);
    (ends_clause && !that && listener).then(|| q.parts.clone())
}

/// `said Friday that "…"`: a mixed clause holds the "that" that opens it, as a claim quoted
/// in full would; where that word stands right before `start`.
fn that_before(text: &str, tokens: &Tokenized, start: usize) -> Option<usize> {
    let that = tokens.within(&(start.saturating_sub(16)..start)).last()?;
    let adjacent = text[that.span.end..start].chars().all(char::is_whitespace);
    (adjacent && that.text(text).eq_ignore_ascii_case("that")).then_some(that.span.start)
}

/// `pledged a "revolution" and said that "…"`: in a mixed clause, a second verb of saying
/// joined to the first before its last quotation (it shares the subject) opens a claim of its
/// own, from the word after it. Before every quotation, it is where the clause starts; after
/// one, the clause splits there and the claim after the join is returned.
fn split_at_joined_cue(
    text: &str,
    tokens: &Tokenized,
    quotes: &[QuoteSpan],
    a: &mut Attribution,
) -> Option<Attribution> {
    let first = a.parts.first_mut()?;
    let inside =
        quotes.iter().skip(quotes.partition_point(|q| q.open < first.start)).take_while(|q| q.end <= first.end + 1);
    let last_open = inside.last()?.open;
    let toks = tokens.within(&(first.start..last_open));
    let [join, cue, next] = toks.windows(3).rev().find(|w| {
        let join = w[0].text(text);
        (join == "and" || join == "but")
            && w[2].is_word()
            && lexicon::cue(w[1].text(text)).is_some_and(|c| c.class == CueClass::Speech)
    })?
    else {
        return None;
    };
    let quoted_before = quotes.iter().any(|q| q.open >= first.start && q.open < join.span.start);
    if !quoted_before {
        first.start = next.span.start;
        a.cue = Some(cue.span.clone());
        return None;
    }
    let mut parts = vec![next.span.start..first.end];
    first.end = trim_end_punct(text, first.start, join.span.start);
    parts.extend(a.parts.drain(1..));
    Some(Attribution {
        kind: QuoteKind::Mixed,
        parts,
        mention: a.mention.clone(),
        cue: Some(cue.span.clone()),
        follows: None,
    })
}

/// Where the cue of the last reported speech with a speaker stands, in the paragraph before
/// paragraph `para_idx` or in this one before `before`; sentences that hold a quotation, in
/// any style of marks, are left to the quotations' attributions.
fn last_reported_speaker(
    reported: &mut ReportedSpeech,
    quotes: &[QuoteSpan],
    paragraphs: &[Span],
    para_idx: usize,
    before: usize,
) -> Option<usize> {
    let from = paragraphs.get(para_idx.checked_sub(1)?)?.start;
    let sentences = reported.sentences;
    let first = sentences.partition_point(|s| s.end <= from);
    let last = sentences.partition_point(|s| s.end <= before);
    (first..last).rev().find_map(|i| {
        let s = &sentences[i];
        let first_after = quotes.partition_point(|q| q.open < s.start);
        let opens_inside = quotes.get(first_after).is_some_and(|q| q.open < s.end);
        let runs_into = first_after.checked_sub(1).is_some_and(|k| quotes[k].end > s.start);
        if opens_inside || runs_into {
            return None;
        }
        let text = reported.text;
        let spoken = |c: &Span| lexicon::cue(&text[c.clone()]).is_some_and(|c| c.class == CueClass::Speech);
        reported
            .of(i, i)
            .iter()
            .filter(|a| a.mention.is_some())
            .filter_map(|a| a.cue.as_ref().filter(|c| spoken(c)).map(|c| c.start))
            .max()
    })
}

/// The cue of reported speech with a speaker in the sentence just before the one at `open`,
/// in the same paragraph, when that sentence holds no quotation mark.
fn reported_claim_just_before(reported: &mut ReportedSpeech, paragraphs: &[Span], open: usize) -> Option<usize> {
    let i = reported.sentences.partition_point(|s| s.end <= open).checked_sub(1)?;
    if paragraph_of(paragraphs, reported.sentences[i].start) != paragraph_of(paragraphs, open) {
        return None;
    }
    spoken_claims(reported, i).into_iter().map(|(cue, _)| cue).max()
}

/// `Ruiz said the ferry would run all winter. / "We have the crews for it."`: the cue of
/// reported speech with a speaker that, with its attribution (`The ferry will run, Ruiz
/// said.`), runs to the end of the sentence just before the one at `open` (in this paragraph
/// or the one before), which a quote standing alone goes on.
fn reported_claim_ending_just_before(reported: &mut ReportedSpeech, open: usize) -> Option<usize> {
    let i = reported.sentences.partition_point(|s| s.end <= open).checked_sub(1)?;
    let (text, sentences) = (reported.text, reported.sentences);
    spoken_claims(reported, i)
        .into_iter()
        .filter(|&(_, end)| ends_sentence_before(text, sentences, end, open))
        .map(|(cue, _)| cue)
        .max()
}

/// Whether words ending at `end` run to the end of the sentence just before the one at `open`.
fn ends_sentence_before(text: &str, sentences: &[Span], end: usize, open: usize) -> bool {
    let Some(i) = sentences.partition_point(|s| s.end <= open).checked_sub(1) else { return false };
    let sentence = &sentences[i];
    sentence.start < end && end <= sentence.end && !text[end..sentence.end].chars().any(char::is_alphanumeric)
}

/// Where the cue of each claim of reported speech with a speaker in sentence `i` starts, and
/// where its words, cue and speaker end; none when the sentence holds a quotation mark.
fn spoken_claims(reported: &mut ReportedSpeech, i: usize) -> Vec<(usize, usize)> {
    let text = reported.text;
    if text[reported.sentences[i].clone()].contains(['"', '\u{201c}', '\u{201d}']) {
        return Vec::new();
    }
    let spoken = |c: &Span| lexicon::cue(&text[c.clone()]).is_some_and(|c| c.class == CueClass::Speech);
    let claims = reported.of(i, i);
    claims
        .iter()
        .filter(|a| a.mention.is_some())
        .filter_map(|a| Some((a.cue.as_ref().filter(|c| spoken(c))?.start, reported_span(a).map(|s| s.end).max()?)))
        .collect()
}

/// Whether the words before a quote are a short lead-in of the sentence, `That makes her "…"`,
/// `Instead, "…"`: from its start, with no quotation before them and no colon, which labels
/// what follows (`The photo's caption: "…"`).
fn short_lead_in(sentences: &[Span], before: &[Token], ctx: &Context, words: usize) -> bool {
    let opens_sentence = sentences
        .get(sentences.partition_point(|s| s.end <= ctx.before.start))
        .is_some_and(|s| s.start == ctx.before.start);
    words <= 12 && opens_sentence && !before.iter().any(|t| t.is_punct(':'))
}

/// Whether any sentence of `span` holds reported speech of its own.
fn reports_speech(reported: &mut ReportedSpeech, span: &Span) -> bool {
    let first = reported.sentences.partition_point(|s| s.end <= span.start);
    let last = reported.sentences.partition_point(|s| s.end < span.end);
    (first..=last.min(reported.sentences.len().saturating_sub(1))).any(|i| !reported.of(i, i).is_empty())
}

/// `X said that A. Then B "C."`: each sentence that goes on with the reported claim whose cue
/// starts where it says joins that claim, which now quotes: a mixed quote.
fn go_on_with_reported(reported: &mut [Attribution], goes_on: Vec<(usize, Span)>) {
    for (cue, clause) in goes_on {
        if let Some(a) = reported.iter_mut().find(|a| a.cue.as_ref().is_some_and(|c| c.start == cue)) {
            a.parts.push(clause);
            a.kind = QuoteKind::Mixed;
        }
    }
}

/// The spans an attribution takes: its content, its speaker's mention and its cue.
fn reported_span(a: &Attribution) -> impl Iterator<Item = Span> + '_ {
    a.parts.iter().cloned().chain(a.mention.as_ref().map(|m| m.span.clone())).chain(a.cue.clone())
}

/// Reported speech read once per sentence: a sentence is read for the mixed quotes it holds
/// and again for the reported speech beside them.
struct ReportedSpeech<'a> {
    text: &'a str,
    sentences: &'a [Span],
    tokens: &'a Tokenized,
    /// Where each sentence's subject starts, shared with the speakers' registry.
    subject_starts: &'a [OnceCell<Option<usize>>],
    read: Vec<Option<Vec<Attribution>>>,
    /// The words of the sentences read last, in one buffer that each reading refills.
    words: Vec<&'a str>,
}

impl ReportedSpeech<'_> {
    /// The reported speech of sentences `first..=last`, read as one stretch.
    fn of(&mut self, first: usize, last: usize) -> Cow<'_, [Attribution]> {
        if first == last {
            if self.read[first].is_none() {
                self.read[first] = Some(self.find(first, first));
            }
            Cow::Borrowed(self.read[first].as_deref().unwrap_or_default())
        } else {
            Cow::Owned(self.find(first, last))
        }
    }

    /// The reported speech of sentence `i`, for the last time.
    fn take_sentence(&mut self, i: usize) -> Vec<Attribution> {
        self.read[i].take().unwrap_or_else(|| self.find(i, i))
    }

    fn find(&mut self, first: usize, last: usize) -> Vec<Attribution> {
        let toks = self.tokens.sentences(first, last);
        // Collected for each reading, not kept for the whole article: a list of every word of
        // the article, held while the article is read, raised the peak resident memory of
        // extraction by a fifth (the allocator's pages it pins), for 0.4% of its instructions.
        // One buffer serves every reading: a list for each cost an allocation a sentence.
        let text = self.text;
        self.words.clear();
        self.words.extend(toks.iter().map(|t| t.text(text)));
        // A stretch of sentences has a subject of its own.
        let stretch_subject = OnceCell::new();
        let subject_start = if first == last { &self.subject_starts[first] } else { &stretch_subject };
        reported::find(text, toks, &self.words, subject_start)
    }
}

/// The reported clause, with its speaker and cue, that holds quote `q` after some words of
/// its own, read from the sentences the quote stands in; with the clause before it when the
/// quote's is a participle beside it.
fn mixed_in_reported_clause(
    reported: &mut ReportedSpeech,
    q: &QuoteSpan,
) -> Option<(Attribution, Option<Attribution>)> {
    let (text, sentences) = (reported.text, reported.sentences);
    let first = sentences.partition_point(|s| s.end <= q.open);
    if first == sentences.len() {
        return None;
    }
    let last = sentences.partition_point(|s| s.end < q.end).min(sentences.len() - 1);
    let read = reported.of(first, last);
    // "She said …, and when pressed, the mother replied, "…"": a cue that leads straight into
    // the quote makes it a quote of its own, not a part of the clause around it.
    if read.iter().any(|a| a.parts.first().is_some_and(|p| p.start == q.open)) {
        return None;
    }
    let holding: Vec<&Attribution> = read
        .iter()
        .filter(|a| {
            let (Some(first), Some(last)) = (a.parts.first(), a.parts.last()) else { return false };
            let words_before = text[first.start.min(q.open)..q.open].chars().any(char::is_alphanumeric);
            let said_before = reported_span(a).skip(a.parts.len()).all(|s| s.end <= q.open);
            first.start < q.open && q.end <= last.end + 1 && words_before && said_before
        })
        .collect();
    // The innermost clause reported by a verb that takes one ("said she admired … what she
    // calls a "war of words"", "While he acknowledged …, Ham noted several "intangibles" …":
    // Ham's, not the one "acknowledged" runs on into); else the innermost ("rejected the plan,
    // calling it "a waste"").
    let takes_clause =
        |a: &&Attribution| a.cue.as_ref().and_then(|c| lexicon::cue(&text[c.clone()])).is_some_and(|c| c.takes_clause);
    // A participle after a comma speaks beside the verb before it, for the same subject
    // ("argued that …, saying it is "…""): the innermost clause that holds the quote is its.
    // The clause before it stays a claim of its own, to the comma.
    if let Some(beside) = holding.last().copied().filter(|a| is_participle_after_comma(text, a)) {
        let outer = holding
            .iter()
            .copied()
            .find(|a| a.parts[0].start < beside.parts[0].start)
            .and_then(|a| cut_before(text, a, beside));
        return Some((Attribution { kind: QuoteKind::Mixed, ..beside.clone() }, outer));
    }
    let pick = holding.iter().rev().copied().find(takes_clause).or(holding.last().copied())?;
    Some((Attribution { kind: QuoteKind::Mixed, ..pick.clone() }, None))
}

/// "He said there were "good gains", but he pressed Clinton …": a mixed quote's clause ends
/// where a clause of its own opens after its quotations (from `quote_end`, the end of the first).
fn end_before_clause_after_quote(text: &str, tokens: &Tokenized, a: &mut Attribution, quote_end: usize) {
    let opens_at_quote = a.parts.first().is_some_and(|p| text[p.clone()].starts_with(['"', '\u{201c}']));
    let clause_start = a.parts.first().map_or(quote_end, |p| p.start);
    let Some(last) = a.parts.last_mut().filter(|p| p.end > quote_end) else { return };
    // A cut is made in the last part: where it starts past the quote, the words before it are
    // none of the claim's.
    let toks = tokens.within(&(quote_end.max(last.start)..last.end));
    let cut = [
        reported::clause_after_quote(text, toks),
        clause_after_closing_comma(text, toks),
        dash_after_quote(text, toks),
        medium_after_quote(text, toks),
        verb_joined_after_quote(text, toks)
            .filter(|_| !has_verb_outside_quotes(text, tokens.within(&(clause_start..quote_end)))),
        circumstance_after_opening_quote(text, toks).filter(|_| opens_at_quote),
        day_after_last_quote(text, toks),
        reporters_words_after_comma(text, toks, || {
            opens_at_quote || has_verb_outside_quotes(text, tokens.within(&(clause_start..quote_end)))
        }),
    ]
    .into_iter()
    .flatten()
    .min();
    if let Some(cut) = cut {
        last.end = trim_end_punct(text, last.start, cut);
    }
}

/// Where the tokens after a mixed quote's first quotation go past its last quotation mark.
fn past_last_mark(text: &str, toks: &[Token]) -> usize {
    toks.iter().rposition(|t| reported::holds_quote_mark(t.text(text))).map_or(0, |k| k + 1)
}

/// Whether token `k` follows a comma, outside a closing quote mark or inside it (`"…,"`).
fn after_comma(text: &str, toks: &[Token], k: usize) -> bool {
    let before = text[..toks[k].span.start].trim_end();
    before.strip_suffix(['"', '\u{201d}']).unwrap_or(before).ends_with(',')
}

/// `called the vote "rigged," a charge that …`, `of "negligent" actions of Clinton, who was …`,
/// `to be "neutral" in the talks, he offered …`, `was "too slow" for them, according to …`: past a
/// mixed quote's last quotation, a comma before the reporter's gloss (an article), a relative
/// "who", the source "according to" names or a clause of the sentence's own (a name or a pronoun
/// and a verb in the past or an auxiliary; only when the claim has a verb of its own before its
/// quotation or opens with it, `clause_has_verb`, as an opening "that, thanks to his "…," he
/// was …" does not: `said, "I am tired" of the plan, Berg replied …`) ends the claim.
fn reporters_words_after_comma(text: &str, toks: &[Token], clause_has_verb: impl Fn() -> bool) -> Option<usize> {
    const MOST_SUBJECT_WORDS: usize = 3;
    let main_clause = |k: usize| {
        let first = toks[k].text(text);
        let pronoun = lexicon::pronoun(first).is_some_and(|p| p != lexicon::Pronoun::It);
        if !pronoun && !(is_capitalized(first) && !lexicon::is_determiner(first)) {
            return false;
        }
        let mut words = toks[k + 1..].iter().take_while(|t| t.is_word()).map(|t| t.text(text));
        let mut verb = words.next();
        for _ in 0..MOST_SUBJECT_WORDS {
            if pronoun || !verb.is_some_and(is_capitalized) {
                break;
            }
            verb = words.next();
        }
        verb.is_some_and(|v| v.bytes().all(|b| b.is_ascii_lowercase()) && reported::is_past_or_auxiliary(v))
    };
    let ends = |k: usize| {
        toks[k].is_word()
            && after_comma(text, toks, k)
            && (matches!(toks[k].text(text), "a" | "an" | "who")
                || according_to_at(text, toks, k)
                || main_clause(k) && clause_has_verb())
    };
    let k = (past_last_mark(text, toks)..toks.len()).find(|&k| ends(k))?;
    Some(toks[k].span.start)
}

/// `cautioned "let's not get ahead of ourselves," before predicting …`, `said, "We'll see," when
/// asked …`: in a clause that opens with its quotation, a clause of time or manner right after
/// the quotation with a subject or participle of its own (`when asked`, `as he promised`, `before
/// quickly adding`) is the reporter's, and ends the claim. `toks` start right after the first
/// quotation.
fn circumstance_after_opening_quote(text: &str, toks: &[Token]) -> Option<usize> {
    let mut words = toks.iter().filter(|t| t.is_word());
    let subordinator = words.next()?;
    let subordinates = matches!(
        lexicon::lower(subordinator.text(text)).as_ref(),
        "when" | "as" | "before" | "after" | "until" | "while"
    );
    if !subordinates {
        return None;
    }
    let mut next = words.next()?.text(text);
    if next.ends_with("ly") {
        next = words.next()?.text(text);
    }
    let own_verb = lexicon::pronoun(next).is_some() || next.ends_with("ing") || next.ends_with("ed");
    own_verb.then_some(subordinator.span.start)
}

/// `called her a "disgrace" Wednesday on the radio`, `a "decent man" on Friday`: past a claim's
/// last quotation, the day the reporter adds ends the claim. ("During …" is left in: the gold
/// keeps it as often as not.) `toks` start right after the first quotation.
fn day_after_last_quote(text: &str, toks: &[Token]) -> Option<usize> {
    let mut words = toks[past_last_mark(text, toks)..].iter().filter(|t| t.is_word());
    let first = words.next()?;
    let is_day = |t: &Token| lexicon::is_day(&lexicon::lower(without_possessive(t.text(text))));
    let on_day =
        if lexicon::lower(first.text(text)) == "on" { words.next().is_some_and(is_day) } else { is_day(first) };
    on_day.then_some(first.span.start)
}

/// Whether the words of a clause outside its quotation marks hold a verb in the past or an
/// auxiliary (`he was "honored"`), so that the clause has a subject of its own.
fn has_verb_outside_quotes(text: &str, toks: &[Token]) -> bool {
    let mut inside = false;
    toks.iter().any(|t| {
        if reported::holds_quote_mark(t.text(text)) {
            inside = !inside;
        }
        !inside && t.is_word() && reported::is_past_or_auxiliary(t.text(text))
    })
}

/// `called her "third-rate" and boycotted the debate`, `dismissing them as a "cartel" and calling
/// …`: past the last quotation of a claim that is the object of its cue (a clause with a verb
/// of its own goes on: `he was "compromised" and helped …`), "and" before a verb in the past or
/// a participle (after an adverb or two, "and then tweeted") joins the speaker's next deed,
/// which ends the claim.
fn verb_joined_after_quote(text: &str, toks: &[Token]) -> Option<usize> {
    let last_mark = past_last_mark(text, toks);
    let skips = |w: &str| w.ends_with("ly") || matches!(w, "then" | "also");
    let verb =
        |w: &str| reported::is_past_or_auxiliary(w) && !reported::is_auxiliary(w) || w.len() > 5 && w.ends_with("ing");
    let joins_verb = |k: usize| {
        let mut next = toks[k + 1..].iter().take_while(|t| t.is_word()).map(|t| t.text(text)).skip_while(|w| skips(w));
        toks[k].text(text) == "and" && next.next().is_some_and(|w| w.chars().all(char::is_lowercase) && verb(w))
    };
    let k = (last_mark..toks.len()).find(|&k| toks[k].is_word() && joins_verb(k))?;
    Some(toks[k].span.start)
}

/// `the senator "the next Lincoln" — a man he admires`, `of trying to "debase" the dollar -
/// except that …`: a dash right after a quotation, or the one dash past the last quotation, opens
/// the reporter's gloss, which ends the claim; not a dash aside closed by a second dash
/// (`"Cadillac tax" — a levy on costly plans — as part of …`). `toks` start right after the
/// first quotation.
fn dash_after_quote(text: &str, toks: &[Token]) -> Option<usize> {
    let dashes = |from: usize| (from..toks.len()).filter(|&k| is_dash(toks, k));
    let lone = |from: usize| dashes(from).next().filter(|_| dashes(from).count() == 1);
    let right_after = lone(0).filter(|&k| k == 0 || reported::holds_quote_mark(toks[k - 1].text(text)));
    let first = right_after.or_else(|| lone(past_last_mark(text, toks)))?;
    Some(toks[first].span.start)
}

/// `called the plan "a mess" in a statement on Friday`, `said it was "rigged" on Twitter`: the
/// medium a claim was made in, right after a quotation, is the reporter's and ends the claim.
fn medium_after_quote(text: &str, toks: &[Token]) -> Option<usize> {
    let word = |k: usize| toks.get(k).filter(|t| t.is_word()).map(|t| lexicon::lower(t.text(text)));
    let names_medium = |k: usize| match word(k).as_deref() {
        Some("in") => {
            let owner = word(k + 1).is_some_and(|w| matches!(w.as_ref(), "a" | "an" | "his" | "her" | "their"));
            owner && (k + 2..k + 5).any(|m| word(m).is_some_and(|w| lexicon::is_medium(w.trim_end_matches('s'))))
        }
        Some("on") => word(k + 1).is_some_and(|w| lexicon::is_medium(&w)),
        _ => false,
    };
    let after_mark =
        |k: usize| text[..toks[k].span.start].trim_end().trim_end_matches(',').ends_with(['"', '\u{201d}']);
    // Only "in" and "on" open a medium: the length of a token is told before its text is read.
    let k = (0..toks.len()).find(|&k| toks[k].span.len() == 2 && after_mark(k) && names_medium(k))?;
    Some(toks[k].span.start)
}

/// `he believes it was "a mistake," although he …`, `she was "moaning," Hoover said`: a
/// quotation that closes on a comma ends the clause when a subordinator, "according to", a
/// participle of saying that leads into another quotation or a speaker's attribution follows
/// it. Returns where the words after the quotation start.
fn clause_after_closing_comma(text: &str, toks: &[Token]) -> Option<usize> {
    const MOST_SUBJECT_WORDS: usize = 8;
    let closes_on_comma = |at: usize| {
        let mut before = text[..at].trim_end().chars().rev();
        let (last, prev) = (before.next(), before.next());
        let mark = |c: Option<char>| matches!(c, Some('"' | '\u{201d}'));
        mark(last) && prev == Some(',') || last == Some(',') && mark(prev)
    };
    let opens_clause = |k: usize| {
        let word = lexicon::lower(toks[k].text(text));
        if matches!(word.as_ref(), "although" | "though" | "whereas" | "while") || according_to_at(text, toks, k) {
            return true;
        }
        // `"…," adding, "…"`: a participle of saying that leads into a quotation of its own.
        if toks.get(k..k + 2).is_some_and(|pair| added_after_quote(text, pair)) {
            return true;
        }
        // `"…," adding that …`: one with a clause of its own, which speaks beside this one.
        let participle =
            lexicon::cue(toks[k].text(text)).is_some_and(|c| c.class == CueClass::Speech && c.form == Form::Participle);
        if participle && toks.get(k + 1).is_some_and(|t| t.text(text).eq_ignore_ascii_case("that")) {
            return true;
        }
        // `"…," Hoover said`, `"…," one of the prosecutors said the cases differ`: a speaker
        // that starts right after the quotation, and its verb of saying.
        let starts_here = |m: &Mention| m.span.start <= toks[k].span.start;
        if let Some((Some(m), _, _)) = attribution_after(text, &toks[k..]) {
            return starts_here(&m);
        }
        let spoken = |j: usize| {
            let cue = lexicon::cue_at(toks[j].text(text), j - k);
            let after_determiner = lexicon::is_determiner(toks[j - 1].text(text));
            let speech =
                cue.is_some_and(|c| c.class == CueClass::Speech && c.form == Form::Finite) && !after_determiner;
            speech
                && (mentions::before(text, toks, j).is_some_and(|m| starts_here(&m))
                    || mentions::whole_subject(text, toks, k, j).is_some())
        };
        let subject = toks[k + 1..].iter().take(MOST_SUBJECT_WORDS).take_while(|t| t.is_word()).count();
        (k + 1..=k + subject).any(spoken)
    };
    let k = (0..toks.len()).find(|&k| toks[k].is_word() && closes_on_comma(toks[k].span.start) && opens_clause(k))?;
    Some(toks[k].span.start)
}

/// `that the pilots were "ready. Because the mayor listened, they stayed."`: the quotation
/// that a claim read to the end of its sentence stops inside of (a sentence ends within the
/// quote), which the claim goes on to the close of.
fn quote_cut_at<'q>(text: &str, quotes: &'q [QuoteSpan], end: usize) -> Option<&'q QuoteSpan> {
    let next = quotes.partition_point(|q| q.end <= end);
    quotes.get(next).filter(|q| q.open < end && text[end..q.end].chars().any(char::is_alphanumeric))
}

/// Whether the cue of `a` is a participle of saying that follows a comma (", saying …").
fn is_participle_after_comma(text: &str, a: &Attribution) -> bool {
    let Some(cue) = a.cue.as_ref() else { return false };
    let participle = lexicon::cue(&text[cue.clone()]).is_some_and(|c| c.form == Form::Participle);
    participle && text[..cue.start].trim_end().ends_with(',')
}

/// `outer` with its content ended before the comma that opens `inner`'s participle, as
/// reported speech of its own (mixed if a quotation is left in it); `None` if nothing is left.
fn cut_before(text: &str, outer: &Attribution, inner: &Attribution) -> Option<Attribution> {
    let comma = text[..inner.cue.as_ref()?.start].trim_end().len() - 1;
    // An outer clause that opens at the participle itself ("interjected, calling …") has no
    // words before the comma.
    let first = outer.parts.first().filter(|p| p.start < comma)?;
    // `"…" to pay for it, she said, referencing …`: a clause that its attribution closes ends
    // there, before the comma.
    let end = trim_end_punct(text, first.start, comma.min(first.end));
    let kind = if reported::holds_quote_mark(&text[first.start..end]) { QuoteKind::Mixed } else { QuoteKind::Indirect };
    (end > first.start).then(|| Attribution { kind, parts: vec![first.start..end], ..outer.clone() })
}

/// Sorts attributions by position, keeping `follows` pointing at the same quotes.
fn in_text_order(out: Vec<Attribution>) -> Vec<Attribution> {
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_by_key(|&i| out[i].parts.first().map_or(0, |p| p.start));
    let mut new_index = vec![0; out.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut slots: Vec<Option<Attribution>> = out.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|&old| slots[old].take())
        .map(|mut a| {
            a.follows = a.follows.map(|f| new_index[f]);
            a
        })
        .collect()
}

/// For spans sorted by start: the largest end among the first i+1 spans, at each i.
fn running_max_end(spans: &[Span]) -> Vec<usize> {
    spans
        .iter()
        .scan(0, |reach, s| {
            *reach = (*reach).max(s.end);
            Some(*reach)
        })
        .collect()
}

/// The single part of a reported clause `a`, ended at its first comma, semicolon or dash past
/// three words, before the first of `claimed` (what quotations' attributions hold) that it
/// runs into: the clause that leads to the quotation's attribution ("and when pressed, the
/// mayor replied") is no part of the claim.
fn cut_before_claimed(text: &str, tokens: &Tokenized, a: &Attribution, claimed: &[Span]) -> Option<Span> {
    let [part] = a.parts.as_slice() else { return None };
    let into = claimed.iter().filter(|c| c.start > part.start && c.start < part.end).map(|c| c.start).min()?;
    let toks = tokens.within(&(part.start..into));
    let mut words = 0;
    let stop = (0..toks.len()).find(|&k| {
        words += usize::from(toks[k].is_word());
        words > 3 && (toks[k].is_punct(',') || toks[k].is_punct(';') || is_dash(toks, k))
    })?;
    Some(part.start..trim_end_punct(text, part.start, toks[stop].span.start))
}

/// Whether span `p` of a claim holds span `q` whole: a quotation's closing mark may stand
/// right after the claim's last word.
fn holds_whole(p: &Span, q: &Span) -> bool {
    p.start <= q.start && q.end <= p.end + 1
}

/// Whether `s` overlaps any of `spans` (sorted by start, with `reach` from
/// [`running_max_end`]), in logarithmic time.
fn overlaps_any(spans: &[Span], reach: &[usize], s: &Span) -> bool {
    let starting_before_end = spans.partition_point(|q| q.start < s.end);
    starting_before_end > 0 && reach[starting_before_end - 1] > s.start
}

/// The spans of `spans` (sorted by start, with `reach` from [`running_max_end`]) that overlap
/// `s`, read back from the last that starts before its end only as far as any can reach it.
fn overlapping<'a>(spans: &'a [Span], reach: &'a [usize], s: &'a Span) -> impl Iterator<Item = &'a Span> {
    let starting_before_end = spans.partition_point(|q| q.start < s.end);
    (0..starting_before_end).rev().take_while(|&k| reach[k] > s.start).map(|k| &spans[k]).filter(|c| c.end > s.start)
}

/// Whether the words of an attribution ending `before` run on into the quote after it: they
/// end in a word, not a mark or a conjunction that joins the quote to the one before.
fn runs_into_quote(before: &str) -> bool {
    let last_word = before.trim_end().rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or_default();
    !last_word.is_empty()
        && !matches!(lexicon::lower(last_word).as_ref(), "and" | "but" | "or" | "still" | "also" | "yet" | "then")
}

/// Whether a quote opening at `open` starts the sentence right after the one where quote
/// `a` and its attribution end, in the same paragraph.
fn goes_on_after(paragraphs: &[Span], sentences: &[Span], a: &Attribution, open: usize) -> bool {
    let Some(end) = a.parts.iter().chain(&a.cue).map(|s| s.end).max() else { return false };
    let sentence_of = |at: usize| sentences.partition_point(|s| s.end <= at);
    let last = end.saturating_sub(1);
    a.kind != QuoteKind::Indirect
        && sentence_of(open) == sentence_of(last) + 1
        && paragraph_of(paragraphs, last) == paragraph_of(paragraphs, open)
}

/// `"A," she said.` (or `"A," she said. "B."`, or `"A," said Ana Ruiz, the mayor, in a
/// radio interview.`) closing its paragraph, then a paragraph that is only a quote opening at
/// `open`: it goes on with the direct quote A. The sentence of A's attribution is the
/// paragraph's last: whatever follows the cue in it, the speaker's name or where and when they
/// spoke, is the attribution's.
fn opens_paragraph_after(text: &str, paragraphs: &[Span], sentences: &[Span], a: &Attribution, open: usize) -> bool {
    let Some(end) = a.parts.iter().chain(&a.cue).map(|s| s.end).max() else { return false };
    let para = paragraph_of(paragraphs, end.saturating_sub(1));
    let Some(p) = paragraphs.get(para) else { return false };
    let sentence_end = sentences.get(sentences.partition_point(|s| s.end < end)).map_or(end, |s| s.end);
    let closes_paragraph = !text[sentence_end.clamp(end, p.end)..p.end].chars().any(char::is_alphanumeric);
    let opens_next = paragraphs
        .get(para + 1)
        .is_some_and(|next| next.start <= open && !text[next.start..open].chars().any(char::is_alphanumeric));
    a.kind == QuoteKind::Direct && a.follows.is_none() && closes_paragraph && opens_next
}

fn paragraph_of(paragraphs: &[Span], at: usize) -> usize {
    paragraphs.partition_point(|p| p.end <= at)
}

fn context(text: &str, sentences: &[Span], quotes: &[QuoteSpan], qi: usize) -> Context {
    let q = &quotes[qi];
    let s_open = sentences.partition_point(|s| s.end <= q.open);
    let sentence_start = sentences.get(s_open).map_or(q.open, |s| s.start.min(q.open));
    let prev_end = qi.checked_sub(1).map(|p| quotes[p].end).filter(|&e| e <= q.open).unwrap_or(0);
    let before = sentence_start.max(prev_end)..q.open;
    let s_close = sentences.partition_point(|s| s.end < q.end);
    let mut sentence_end = sentences.get(s_close).map_or(q.end, |s| s.end.max(q.end));
    // `"Why now?" Clinton said.`: a question or exclamation closing the quote ends the
    // sentence for the splitter, but its attribution follows in the same paragraph.
    let ends_sentence =
        text[..q.end].trim_end_matches(|c: char| !c.is_alphanumeric() && !"?!".contains(c)).ends_with(['?', '!']);
    if ends_sentence && !text[q.end.min(sentence_end)..sentence_end].chars().any(char::is_alphanumeric) {
        // The next sentence of the same paragraph: only spaces between, no line break.
        if let Some(next) = sentences
            .get(s_close + 1)
            .filter(|s| text[sentence_end.min(s.start)..s.start].chars().all(|c| c == ' ' || c == '\u{a0}'))
        {
            sentence_end = next.end;
        }
    }
    let full_end = sentence_end;
    if let Some(next) = quotes.get(qi + 1) {
        sentence_end = sentence_end.min(next.open.max(q.end));
    }
    let after = q.end.min(text.len())..sentence_end;
    Context { before, after, sentence_end, full_end }
}

/// An attribution read after a quotation: the mention (none for a bare cue), the cue, and the
/// byte where the attribution ends.
type AttributionAfter = (Option<Mention>, Span, usize);

/// `"…," Fomin said`, `"…," said Fomin`, `"…," he told reporters`: the mention, the cue and
/// where the attribution ends.
fn attribution_after(text: &str, toks: &[Token]) -> Option<AttributionAfter> {
    let mut i = 0;
    while toks.get(i).is_some_and(|t| !t.is_word()) {
        // Em dash, horizontal bar, en dash or hyphen.
        let dash = matches!(toks[i].kind, super::tokens::Kind::Punct('\u{2014}' | '\u{2015}' | '\u{2013}' | '-'));
        i += 1;
        if dash {
            // `"…" — Jane Doe`: a dash attribution names the speaker alone.
            if let Some((m, end)) = mentions::after(text, toks, i)
                && (m.kind == MentionKind::Name && end == toks.len() || toks.get(end).is_some_and(|t| !t.is_word()))
            {
                let cue = toks[i - 1].span.clone();
                return Some((Some(m), cue, toks.get(end.saturating_sub(1)).map_or(0, |t| t.span.end)));
            }
        }
    }
    let first = toks.get(i)?;
    let end_of = |k: usize| toks.get(k..).and_then(|r| r.last()).map_or(first.span.end, |t| t.span.end);
    // `said Fomin`; "said the ferry could run" reports a clause whose subject follows.
    if lexicon::cue(first.text(text)).is_some_and(|c| c.class == CueClass::Speech && c.form == Form::Finite)
        && !reported::clause_follows_cue(text, toks, i)
        && let Some((m, _)) = mentions::after(text, toks, i + 1)
            .filter(|(m, end)| !is_owned_thing(text, m) && !before_auxiliary(text, toks, *end))
    {
        return Some((Some(m), first.span.clone(), end_of(i)));
    }
    // `Fomin said`, `the deputy defense minister added`
    let (mut in_parenthesis, mut in_aside) = (false, false);
    for j in i + 1..toks.len().min(i + 30) {
        let t = &toks[j];
        // `Sen. Claire McCaskill (D-Mo.) said`
        if t.is_punct('(') || t.is_punct(')') {
            in_parenthesis = t.is_punct('(');
            continue;
        }
        if in_parenthesis {
            continue;
        }
        // `Warren, who has not endorsed a candidate, told reporters`: an appositive.
        if t.is_punct(',') {
            in_aside = true;
            continue;
        }
        // `Jeff Walker, Mathis’ campaign manager, said`: a possessive apostrophe after an "s".
        if is_possessive_apostrophe(text, toks, j) {
            continue;
        }
        // `Mitch McConnell, R-Ky., said`, `Lindsey Graham, R-S.C., said`: an abbreviation's
        // periods inside the aside, typed right after a letter and before another or the comma.
        let abbreviation = in_aside
            && t.is_punct('.')
            && toks[j - 1].span.end == t.span.start
            && toks.get(j + 1).is_some_and(|n| n.is_punct(',') || n.is_word() && n.span.start == t.span.end);
        if abbreviation {
            continue;
        }
        if !t.is_word() {
            break;
        }
        let Some(cue) = lexicon::cue_at(t.text(text), j) else { continue };
        // `the report stated`, `the secretary of state said`, `Trump's tweet`: after a
        // determiner, a preposition or a possessive a cue word is a noun.
        let prev = &toks[j - 1];
        let noun = prev.is_word()
            && (lexicon::is_determiner(prev.text(text))
                || is_joining_preposition(prev.text(text))
                || reported::is_possessive(prev.text(text)));
        if cue.class != CueClass::Speech || cue.form != Form::Finite || noun {
            continue;
        }
        if reported::clause_follows_cue(text, toks, j) {
            return None;
        }
        let m = mentions::before(text, toks, j);
        // `a Donald Trump tweet`: a name after "a" modifies the noun the cue word is.
        if m.as_ref().is_some_and(|m| m.kind == MentionKind::Name && starts_with_indefinite_article(text, m)) {
            continue;
        }
        // `"…," the council spokesman, Federico Lombardi, told the radio`: the phrase the name
        // stands in may open with a description.
        let covers = m.as_ref().is_some_and(|m| toks[i].span.start >= m.phrase.start || skips_to(text, toks, i, m));
        if covers {
            return Some((m, t.span.clone(), end_of(j)));
        }
        // `"…," a spokesman for the committee's Democrats said.`: a noun phrase with its
        // prepositional phrase, from the quote up to a cue that ends the clause (a cue with an
        // object has a claim of its own).
        let closes_clause = toks.get(j + 1).is_none_or(|t| !t.is_word());
        if !in_aside
            && closes_clause
            && has_preposition(text, &toks[i + 1..j])
            && let Some(whole) = mentions::whole_subject(text, toks, i, j)
        {
            return Some((Some(whole), t.span.clone(), end_of(j)));
        }
        // A verb inside the appositive ("who has not endorsed") is not the cue.
        if !in_aside {
            return None;
        }
    }
    None
}

/// Whether the word at token `k` is a modal or an auxiliary ("could", "was").
fn before_auxiliary(text: &str, toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.is_word() && reported::is_auxiliary(&lexicon::lower(t.text(text))))
}

/// Whether a mention's phrase opens with "a" or "an".
fn starts_with_indefinite_article(text: &str, m: &Mention) -> bool {
    text[m.span.clone()].split_whitespace().next().is_some_and(lexicon::is_indefinite_article)
}

/// `"…," the 43-year-old asked in the video`, `"…!" beamed a delegate from Ohio`, `"…," Bennett
/// shot back with a laugh`: what [`attribution_after`] cannot read after a quotation that closes
/// on a comma, question or exclamation mark still attributes it when the words after it are a
/// short subject and a verb of saying or of utterance ("exclaimed", "wondered", "read") with no
/// more than where, when or how after the verb, or the verb and then its subject. The speaker
/// is the phrase as written where no mention reading names it.
fn closing_attribution(text: &str, q: &QuoteSpan, toks: &[Token]) -> Option<AttributionAfter> {
    const MOST_SUBJECT_TOKENS: usize = 10;
    let first = toks.first().filter(|t| t.is_word())?;
    let closes_on = text[..q.end].trim_end_matches(['"', '\u{201d}', '\'', '\u{2019}', ' ']).ends_with([',', '?', '!']);
    if !closes_on {
        return None;
    }
    let word = |k: usize| toks.get(k).filter(|t| t.is_word()).map(|t| t.text(text));
    let end = toks.last().map_or(first.span.end, |t| t.span.end);
    // `said the 46-year-old`, `tweeted another`: the verb, then its subject to the sentence end
    // or a comma.
    if utterance_verb(text, toks, 0).is_some() {
        if reported::clause_follows_cue(text, toks, 0) {
            return None;
        }
        let stop = toks
            .iter()
            .position(|t| !t.is_word() && !t.is_punct('-') && !t.is_punct('\u{2019}') && !t.is_punct('\''))
            .unwrap_or(toks.len());
        let named =
            mentions::after(text, toks, 1).filter(|(m, _)| m.phrase.start == toks.get(1).map_or(0, |t| t.span.start));
        let mention = named.map(|(m, _)| m).or_else(|| phrase_as_written(text, toks, 1, stop))?;
        return Some((Some(mention), first.span.clone(), end));
    }
    // `the 43-year-old asked in the video`, `his wife, Ann Roe, wrote`: the subject, then the verb.
    let j = (1..toks.len().min(MOST_SUBJECT_TOKENS + 1)).find(|&j| utterance_verb(text, toks, j).is_some())?;
    // A verb or "to" among the words makes them a clause of the reporter's ("I had prepared a
    // statement to read"), no subject.
    let verb = |t: &Token| {
        t.text(text).starts_with(char::is_lowercase)
            && (reported::is_past_or_auxiliary(t.text(text)) || t.text(text) == "to")
    };
    let subject_words = toks[..j].iter().all(|t| {
        t.is_word() && !verb(t) || t.is_punct(',') || t.is_punct('-') || t.is_punct('\u{2019}') || t.is_punct('\'')
    });
    if !subject_words || !opens_noun_phrase(first.text(text)) || lexicon::is_relative_pronoun(first.text(text)) {
        return None;
    }
    let particle = utterance_verb(text, toks, j)?;
    let next = j + 1 + usize::from(particle);
    let only_how = match word(next) {
        None => toks.get(next).is_none_or(|t| t.is_punct(',') || t.is_punct('.') || t.is_punct(';')),
        Some(w) => {
            opens_with_manner(&[w])
                || lexicon::is_time_word(w)
                || matches!(lexicon::lower(w).as_ref(), "upon" | "as" | "while" | "of")
        }
    };
    if !only_how || reported::clause_follows_cue(text, toks, j) {
        return None;
    }
    let covers = |m: &Mention| m.phrase.start <= first.span.start;
    let mention = mentions::before(text, toks, j)
        .filter(covers)
        .or_else(|| mentions::whole_subject(text, toks, 0, j))
        .or_else(|| phrase_as_written(text, toks, 0, j))?;
    Some((Some(mention), toks[j].span.start..toks[next - 1].span.end, end))
}

/// Whether token `j` is a verb of saying that reports a clause, in a finite form ("said",
/// "asked", "shot back"), or of utterance ("exclaimed", "cried out", "wondered", "went on",
/// "read", "beamed"), which attributes a quotation beside it and nothing else. Returns whether a
/// particle ("back", "on", "out") follows it as its part.
fn utterance_verb(text: &str, toks: &[Token], j: usize) -> Option<bool> {
    let t = toks.get(j).filter(|t| t.is_word())?;
    let next = toks.get(j + 1).filter(|n| n.is_word()).map(|n| n.text(text));
    let w = t.text(text);
    if j > 0 && is_capitalized(w) {
        return None;
    }
    if let Some(c) =
        lexicon::cue_before(w, next, None, j).filter(|c| c.class == CueClass::Speech && c.form == Form::Finite)
    {
        // A verb that is a cue only before its particle: "shot back", not "called for".
        let phrasal = lexicon::cue(w).is_none();
        return (c.takes_clause || phrasal && next == Some("back")).then_some(phrasal);
    }
    let lower = lexicon::lower(w);
    let particle = next
        .is_some_and(|n| matches!((lower.as_ref(), n), ("went" | "goes", "on") | ("cried" | "chimed", "out" | "in")));
    (lexicon::is_utterance_verb(&lower) || particle).then_some(particle)
}

/// The words of tokens `start..end` as a speaker's description, as written ("the 43-year-old",
/// "one of those advisers"), when they open as a noun phrase does and hold at most eight words.
fn phrase_as_written(text: &str, toks: &[Token], start: usize, end: usize) -> Option<Mention> {
    const MOST_WORDS: usize = 8;
    let words: Vec<&str> = toks.get(start..end)?.iter().filter(|t| t.is_word()).map(|t| t.text(text)).collect();
    let first = *words.first()?;
    if !opens_noun_phrase(first) || words.len() > MOST_WORDS {
        return None;
    }
    let last = toks[start..end].iter().rev().find(|t| t.is_word())?;
    let span = toks[start].span.start..last.span.end;
    let description =
        words.iter().filter(|w| !lexicon::is_determiner(w)).map(|w| w.to_lowercase()).collect::<Vec<_>>().join(" ");
    Some(Mention {
        span: span.clone(),
        phrase: span,
        kind: MentionKind::Description,
        name: None,
        description: Some(description),
    })
}

/// Whether a word opens a noun phrase that may name a speaker: a determiner, a pronoun or a
/// capital.
fn opens_noun_phrase(word: &str) -> bool {
    lexicon::is_determiner(word) || is_capitalized(word) || lexicon::pronoun(word).is_some()
}

/// `"…," denounced her record`: a phrase a possessive determiner opens names a speaker after a
/// cue only when its head is one or a name ends it ("said his spokesman", "added his campaign
/// manager Jeff Weaver"); else it is the cue's object.
fn is_owned_thing(text: &str, m: &Mention) -> bool {
    let mut words = text[m.span.clone()].split_whitespace();
    let owned = words.next().is_some_and(|w| lexicon::possessive_pronoun(w).is_some());
    if !owned || m.kind == MentionKind::Name {
        return false;
    }
    let head = words.last().unwrap_or_default();
    // The sources that are things ("records show") speak only as a verb's subject.
    let thing = lexicon::is_document_noun(head) || matches!(head.trim_end_matches('s'), "record" | "data" | "document");
    let speaker = lexicon::is_person_role(head)
        || lexicon::is_title(head)
        || lexicon::is_unnamed_source_noun(head) && !thing
        || lexicon::is_org_word(head);
    !speaker
}

/// `"…," according to a Pentagon readout`: the source after a quotation that opens its
/// sentence (after a clause of the reporter's, the source is the whole clause's).
fn according_to_after(text: &str, toks: &[Token]) -> Option<AttributionAfter> {
    let i = toks.iter().position(Token::is_word)?;
    if !according_to_at(text, toks, i) {
        return None;
    }
    let (m, _) = mentions::after(text, toks, i + 2)?;
    Some((Some(m), toks[i].span.start..toks[i + 1].span.end, toks.last()?.span.end))
}

/// Whether tokens `k` and `k + 1` are "according to", in any case.
fn according_to_at(text: &str, toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.text(text).eq_ignore_ascii_case("according"))
        && toks.get(k + 1).is_some_and(|t| t.text(text).eq_ignore_ascii_case("to"))
}

/// Whether the words hold a preposition that can join a noun to its complement ("a spokesman
/// *for* the committee", "one *of* his advisers").
fn has_preposition(text: &str, toks: &[Token]) -> bool {
    toks.iter().any(|t| t.is_word() && is_joining_preposition(t.text(text)))
}

/// "of", "for", "with", "at", "from": the prepositions of [`has_preposition`].
fn is_joining_preposition(word: &str) -> bool {
    matches!(word, "of" | "for" | "with" | "at" | "from")
}

/// Whether token `k` is an apostrophe that makes the word ending in "s" just before it a
/// possessive ("Mathis’ aide", "the voters' choice").
fn is_possessive_apostrophe(text: &str, toks: &[Token], k: usize) -> bool {
    let t = &toks[k];
    let apostrophe = t.is_punct('\'') || t.is_punct('\u{2019}');
    apostrophe && k > 0 && toks[k - 1].span.end == t.span.start && toks[k - 1].text(text).ends_with('s')
}

/// `"…" before discussing specifics, he said`: a few words after the quote, with no mark
/// among them, then a comma and an attribution as [`attribution_after`] reads it. Returns where
/// the words end, and the attribution.
fn attribution_after_clause(text: &str, toks: &[Token]) -> Option<(usize, AttributionAfter)> {
    const MOST_WORDS: usize = 12;
    let comma = toks.iter().take(MOST_WORDS + 1).position(|t| t.is_punct(','))?;
    let words = &toks[..comma];
    if !words.iter().all(Token::is_word) {
        return None;
    }
    let clause_end = words.last()?.span.end;
    Some((clause_end, attribution_after(text, &toks[comma..])?))
}

/// Whether everything between token `i` and the mention is a modifier (so the mention
/// starts the attribution).
fn skips_to(text: &str, toks: &[Token], i: usize, m: &Mention) -> bool {
    toks[i..]
        .iter()
        .take_while(|t| t.span.start < m.span.start)
        .all(|t| t.is_word() && lexicon::is_cue_modifier(t.text(text)))
}

/// `Fomin said: "…"` (direct) or `Russia …, calling the coup "…"` (mixed).
fn attribution_before(text: &str, toks: &[Token], q: &QuoteSpan, ctx: &Context) -> Option<Attribution> {
    if let Some(inverted) = inverted_lead_in(text, toks, q, ctx) {
        return Some(inverted);
    }
    // The cue that leads into the quote with a comma or colon ("Kelly shot back, with a smile:").
    let leading = toks
        .split_last()
        .filter(|(t, _)| t.is_punct(',') || t.is_punct(':'))
        .and_then(|(_, words)| cue_leading_in(text, words));
    if let Some(found) = leading.and_then(|(j, cue)| attribution_by_cue(text, toks, q, ctx, j, cue)) {
        return Some(found);
    }
    // The last cue before the quote.
    let Some((j, cue)) = toks.iter().enumerate().rev().find_map(|(j, t)| {
        let cue = lexicon::cue_at(t.text(text), j)?;
        (t.is_word() && cue.class != CueClass::Finding && !is_noun_reading(text, toks, j, cue)).then_some((j, cue))
    }) else {
        return colon_lead_in(text, toks, q, ctx);
    };
    // "With officials worried about …, Ruiz is rolling out a message: "…"": a cue in the
    // phrase that opens the sentence is not the main clause's, which leads into the quotation
    // with its colon. Only these three openers: in "As Ruiz observed, the winner was clear:
    // "…"" the opening phrase's cue is the quotation's.
    let opening_phrase_end = toks
        .first()
        .filter(|t| matches!(lexicon::lower(t.text(text)).as_ref(), "with" | "amid" | "despite"))
        .and_then(|_| toks.iter().position(|t| t.is_punct(',')));
    if let Some(comma) = opening_phrase_end.filter(|&comma| j < comma && after_colon(toks)) {
        return colon_lead_in(text, &toks[comma + 1..], q, ctx);
    }
    attribution_by_cue(text, toks, q, ctx, j, cue)
}

/// The attribution of quote `q` by the cue at token `j` of the words before it: direct when
/// the cue leads straight into the quote, else mixed with the reported clause after the cue.
fn attribution_by_cue(
    text: &str,
    toks: &[Token],
    q: &QuoteSpan,
    ctx: &Context,
    j: usize,
    cue: lexicon::Cue,
) -> Option<Attribution> {
    // A participle ("…, calling the coup") takes the sentence's subject as its speaker; right
    // after a comma, before the phrase there, which is the end of the clause the participle
    // follows ("Hours later, Trump thanked Adelson, telling …" is not the speech of "Hours").
    let mention = if cue.form == Form::Participle {
        let after_comma = j > 0 && toks[j - 1].is_punct(',');
        let subject = || mentions::subject(text, toks);
        // A description is the participle's speaker only after "with" ("with many marchers chanting").
        let with = |m: &Mention| m.first_token(toks).is_some_and(|f| mentions::after_with(text, toks, f));
        let before = || mentions::before(text, toks, j).filter(|m| m.kind != MentionKind::Description || with(m));
        if after_comma {
            mentions::speaker_of_closing_cue(text, toks, j - 1).or_else(subject).or_else(before)
        } else {
            // "Clinton, who was distracted while saying "…"": the relative clause's speaker.
            let relative = || mentions::relative_holding(text, toks, j, false).map(|(m, _)| m);
            before().or_else(relative).or_else(subject)
        }
    } else {
        // `a candidate who has called for "…"`: a relative clause speaks for its antecedent.
        // `her remark that "…"`: a possessive names the speaker of a cue that is a noun.
        mentions::before(text, toks, j)
            .or_else(|| mentions::relative(text, toks, j).map(|(m, _)| m))
            .or_else(|| mentions::possessor(text, toks, j))
    };
    let leads_straight_in = toks[j + 1..].iter().all(|t| !t.is_word());
    let mention = mention.or_else(|| speaker_of_verb_before(text, toks, j).filter(|_| leads_straight_in))?;
    let between = &toks[j + 1..];
    let words_between: Vec<&str> = between.iter().filter(|t| t.is_word()).map(|t| t.text(text)).collect();
    let ends_with_colon = between.last().is_some_and(|t| t.is_punct(':'));
    // "said that “…”", "told reporters that “…”": the quotation is the reported clause's.
    let has_that =
        [words_between.first(), words_between.last()].into_iter().flatten().any(|w| w.eq_ignore_ascii_case("that"));
    let trailing = ctx.words_after(text, q);
    let circumstance = says_circumstance(&words_between);
    let direct = !has_that
        && !trailing
        && (words_between.is_empty()
            || ends_with_colon
            || (between.last().is_some_and(|t| t.is_punct(',')) && circumstance)
            || (cue.takes_object && words_between.len() <= 3));
    let cue_span = Some(toks[j].span.clone());
    if direct {
        return Some(Attribution {
            kind: QuoteKind::Direct,
            parts: q.parts.clone(),
            mention: Some(mention),
            cue: cue_span,
            follows: None,
        });
    }
    // Mixed: the reported clause from after the cue (past its listener, a circumstance and
    // "that", as reported speech reads it: `told CNN's "State of the Union" on Sunday that …`)
    // to the sentence end.
    let k = if cue.takes_clause {
        reported::skip_that(text, toks, j + 1, cue)
    } else {
        let mut k = j + 1;
        if cue.takes_object {
            while k < toks.len()
                && toks[k].is_word()
                && !toks[k].text(text).eq_ignore_ascii_case("that")
                && k < j + 4
                && lexicon::is_object_word(toks[k].text(text))
            {
                k += 1;
            }
        }
        if toks.get(k).is_some_and(|t| t.text(text).eq_ignore_ascii_case("that")) {
            k += 1;
        }
        while toks.get(k).is_some_and(|t| t.is_punct(',') || t.is_punct(':')) {
            k += 1;
        }
        k
    };
    let start = toks.get(k).map_or(q.open, |t| t.span.start);
    // `called for "A" than waterboarding, has said of terrorists that "B"`: a clause the next
    // quote cuts off mid-phrase goes on over it to the sentence end.
    let last_word =
        text[q.end.min(ctx.sentence_end)..ctx.sentence_end].split_whitespace().next_back().map(lexicon::lower);
    let cut_mid_phrase = last_word
        .is_some_and(|w| (lexicon::is_article(&w) || lexicon::is_phrase_breaker(&w)) && lexicon::cue(&w).is_none());
    let end = trim_end_punct(text, start, if cut_mid_phrase { ctx.full_end } else { ctx.sentence_end });
    Some(Attribution {
        kind: QuoteKind::Mixed,
        parts: vec![start..end],
        mention: Some(mention),
        cue: cue_span,
        follows: None,
    })
}

/// `he laughed and said, "…"`, `she began by saying, "…"`, `went on to say, "…"`: a cue that a
/// verb before it leads into speaks for the mention before that verb (when it leads straight
/// into the quotation).
fn speaker_of_verb_before(text: &str, toks: &[Token], j: usize) -> Option<Mention> {
    let link = toks.get(j.checked_sub(1)?).filter(|t| t.is_word())?;
    if !matches!(lexicon::lower(link.text(text)).as_ref(), "and" | "by" | "to") {
        return None;
    }
    // The verb, and "on" after it ("went on to say").
    let mut verb = j.checked_sub(2)?;
    if toks[verb].text(text) == "on" {
        verb = verb.checked_sub(1)?;
    }
    // A verb in the past ("laughed", "began", "went"), "goes" or of saying; a noun before "to" ("an
    // accent to say") or a verb of letting ("allow them to tell") names no speaker.
    let word = toks[verb].text(text);
    let past = word.ends_with("ed") || matches!(word, "began" | "went" | "goes");
    let is_verb = toks[verb].is_word() && (past || lexicon::cue_at(word, verb).is_some());
    is_verb.then(|| mentions::before(text, toks, verb)).flatten()
}

/// `Citing "family duties," the aide told reporters …`: a participle that opens the sentence
/// (the words before the quote `toks`; `sentence` gives its tokens, read only after a
/// participle, as this is asked at every quotation with words before it) and leads into the
/// quote takes the subject of the clause after the quote as its speaker; the claim runs from
/// the participle's object to the quote's end.
fn opening_participle<'s>(
    text: &str,
    toks: &[Token],
    sentence: impl FnOnce() -> &'s [Token],
    q: &QuoteSpan,
) -> Option<Attribution> {
    let (first, rest) = toks.split_first().filter(|(t, _)| t.is_word() && t.starts_capitalized(text))?;
    lexicon::cue(first.text(text)).filter(|c| c.form == Form::Participle && c.class != CueClass::Belief)?;
    let m = mentions::subject(text, sentence()).filter(|m| m.span.start >= q.end)?;
    let content = rest.first().map_or(q.open, |t| t.span.start)..q.end;
    Some(Attribution {
        kind: QuoteKind::Mixed,
        parts: vec![content],
        mention: Some(m),
        cue: Some(first.span.clone()),
        follows: None,
    })
}

/// `Said Berg, who grew up on the island, "…"`, `According to Berg, "…"`: a sentence that
/// opens with its cue, then the speaker (and any appositive) and a comma or colon before the
/// quote.
fn inverted_lead_in(text: &str, toks: &[Token], q: &QuoteSpan, ctx: &Context) -> Option<Attribution> {
    const MOST_TOKENS: usize = 30;
    let first = toks.first().filter(|t| t.is_word() && t.starts_capitalized(text))?;
    let (cue, from) = if according_to_at(text, toks, 0) {
        (first.span.start..toks[1].span.end, 2)
    } else {
        let cue = lexicon::cue(first.text(text)).filter(|c| c.class == CueClass::Speech && c.form == Form::Finite)?;
        if cue.bare {
            return None;
        }
        (first.span.clone(), 1)
    };
    // The speaker right after the cue and closed by a comma or colon: "Asked if the plan
    // would work, Berg said, "…"" opens with a participle instead.
    let (m, end) = mentions::after(text, toks, from).filter(|(m, _)| m.phrase.start == toks[from].span.start)?;
    toks.get(end).filter(|t| t.is_punct(',') || t.is_punct(':'))?;
    let trailing = ctx.words_after(text, q);
    let opens_quote = toks.last().is_some_and(|t| t.is_punct(',') || t.is_punct(':'));
    (opens_quote && !trailing && toks.len() <= MOST_TOKENS).then(|| Attribution {
        kind: QuoteKind::Direct,
        parts: q.parts.clone(),
        mention: Some(m),
        cue: Some(cue),
        follows: None,
    })
}

/// Whether the words between two quotations end in a participle of saying before a comma or a
/// colon after a mark (`," adding, "`, `", adding: "`, `," he said on MSNBC, adding, "`), which
/// carries the first one's speaker on to the second.
fn added_after_quote(text: &str, toks: &[Token]) -> bool {
    let Some((before, [participle, lead])) = toks.split_last_chunk::<2>() else { return false };
    if before.last().is_some_and(Token::is_word) {
        return false;
    }
    let spoken =
        lexicon::cue(participle.text(text)).is_some_and(|c| c.class == CueClass::Speech && c.form == Form::Participle);
    spoken && (lead.is_punct(',') || lead.is_punct(':'))
}

/// `"A," Ruiz said, referring to the bill, "and B"`: whether the words between the end of the
/// attribution of quote `q`, which stops on a comma, and the quote `next` are a participle's
/// aside between commas with no clause of its own ("arguing that …"), and `next` goes on in
/// lower case, so that the aside is the reporter's and the two quotes are one.
fn participle_aside_before_resumption(text: &str, q: &QuoteSpan, said_end: usize, next: &QuoteSpan) -> bool {
    let gap = &text[said_end.min(next.open)..next.open];
    let Some(aside) = gap.trim().strip_prefix(',').and_then(|g| g.strip_suffix(',')) else { return false };
    let mut words = aside.split_whitespace();
    let participle = words.next().is_some_and(|w| w.len() > 4 && w.ends_with("ing")) && !words.any(|w| w == "that");
    let stops_on_comma = q.parts.last().is_some_and(|p| text[p.clone()].ends_with(','));
    participle
        && stops_on_comma
        && continues_lowercase(text, next)
        && !aside.contains(['"', '\u{201c}', '\u{201d}', '.', ';', ':'])
}

/// `his sister whispered to him: "They are all with you."`, `Kelly shot back, with a smile: "…"`:
/// whether a verb of saying, with a phrase after it that says only where, when or how, leads
/// into a quotation that reads as sentences (a capital first) with a colon or comma. With
/// nothing after it in the sentence, it is a quote of its own, not part of a reported clause
/// around it.
fn led_in_by_cue(text: &str, toks: &[Token], q: &QuoteSpan) -> bool {
    let Some((_, words)) = toks.split_last().filter(|(t, _)| t.is_punct(':') || t.is_punct(',')) else { return false };
    let opens_sentence = q.parts.first().is_some_and(|p| text[p.clone()].starts_with(char::is_uppercase));
    opens_sentence && cue_leading_in(text, words).is_some()
}

/// Where, in `words` (those before the comma or colon that leads into a quotation), the verb
/// of saying stands whose words after it only say where, when or how it was said (`shot back`,
/// `whispered to him`, `joked, again using an exaggerated drawl`).
fn cue_leading_in(text: &str, words: &[Token]) -> Option<(usize, lexicon::Cue)> {
    const MOST_TOKENS: usize = 12;
    let word = |k: usize| words.get(k).filter(|t| t.is_word()).map(|t| t.text(text));
    let spoken = |j: usize| {
        lexicon::cue_before(words[j].text(text), word(j + 1), word(j + 2), 1).filter(|c| c.class == CueClass::Speech)
    };
    // After a determiner a cue word is a noun ("a few questions, including").
    let noun = |j: usize| j > 0 && lexicon::is_determiner(words[j - 1].text(text));
    let from = words.len().saturating_sub(MOST_TOKENS);
    let mut near = (from..words.len()).rev().take_while(|&j| words[j].is_word() || words[j].is_punct(','));
    near.find_map(|j| spoken(j).filter(|_| !noun(j) && says_how(text, &words[j + 1..])).map(|c| (j, c)))
}

/// Whether the words between a cue and the mark that leads into its quotation say only how,
/// where or when it was said: one or two words ("to him", "back"), or a phrase that opens with
/// an adverb or a preposition ("pointedly, with a smile", "again using a drawl", "in a
/// statement"). A name after the cue is whom it quotes ("quoting Leonardo da Vinci:").
fn says_how(text: &str, between: &[Token]) -> bool {
    const MOST_WORDS_ALONE: usize = 2;
    let mut words = between.iter().filter(|t| t.is_word()).map(|t| t.text(text));
    let first = words.next();
    let count = usize::from(first.is_some()) + words.count();
    count <= MOST_WORDS_ALONE || count <= MOST_WORDS_AFTER_MANNER && first.is_some_and(|w| opens_with_manner(&[w]))
}

/// Whether the words between a cue and the mark that leads into its quotation say only where,
/// when or how it was said ("said, …", "said in a statement, …", "said at a press conference in
/// Iowa on Monday, …"): a short phrase, or a longer one that opens with a preposition or an
/// adverb.
fn says_circumstance(words: &[&str]) -> bool {
    const MOST_WORDS: usize = 5;
    words.len() <= MOST_WORDS || words.len() <= MOST_WORDS_AFTER_MANNER && opens_with_manner(words)
}

/// The most words a phrase of where, when or how may have when it opens with a preposition or
/// an adverb.
const MOST_WORDS_AFTER_MANNER: usize = 10;

/// Whether a phrase opens with a preposition of place, time or manner ("at", "in", "with" …)
/// or an adverb ("pointedly", "back", "again").
fn opens_with_manner(words: &[&str]) -> bool {
    words.first().is_some_and(|w| {
        let w = lexicon::lower(w);
        let preposition = matches!(
            w.as_ref(),
            "at" | "in" | "on" | "during" | "after" | "before" | "from" | "to" | "outside" | "with"
        );
        preposition || w.ends_with("ly") || matches!(w.as_ref(), "back" | "again" | "out" | "then" | "later" | "first")
    })
}

/// Whether the words after a quotation end in a comma or colon before the next quotation of
/// the sentence, `next`, which opens a sentence of its own (`"…," Beck joked, "Amen …"`): they
/// lead into it. Before a quote that goes on in lower case they interrupt one quote (`"…," he
/// wrote, "we know …"`).
fn leads_into_next_quote(text: &str, after: &[Token], ctx: &Context, next: Option<&QuoteSpan>) -> bool {
    let next_in_sentence = ctx.sentence_end < ctx.full_end;
    let opens_sentence =
        next.and_then(|n| n.parts.first()).is_some_and(|p| text[p.clone()].starts_with(char::is_uppercase));
    next_in_sentence && opens_sentence && after.last().is_some_and(|t| t.is_punct(',') || t.is_punct(':'))
}

/// `Her verdict: "It will not pass," she said`: a quotation after a colon that has an
/// attribution of its own after it is that speaker's direct quote, not part of the clause
/// before the colon.
fn colon_then_attribution(text: &str, before: &[Token], after: &[Token]) -> bool {
    after_colon(before) && attribution_after(text, after).is_some()
}

/// Whether the words before a quotation end in a colon (`Her verdict: "…"`): they lead to it,
/// they are no clause that holds it.
fn after_colon(before: &[Token]) -> bool {
    before.last().is_some_and(|t| t.is_punct(':'))
}

/// Whether the bare cue form at token `j` is a noun that reports nothing, after "the", "a" or
/// "an" ("described the attack as "…""), or after a possessive with neither "that" nor the
/// quotation close after it ("treating Smith's remark first as a joke, "…""): a possessive
/// names the speaker only of a noun that leads into what was said ("her remark that "…"",
/// "his comment Monday that "…"", "their call for "…""). A past form after a possessive is an
/// adjective ("Russia's suspected ties").
fn is_noun_reading(text: &str, toks: &[Token], j: usize, cue: lexicon::Cue) -> bool {
    /// The most tokens from the noun to its "that", and words from it to the quotation.
    const MOST_BEFORE_THAT: usize = 3;
    const MOST_BEFORE_QUOTE: usize = 3;
    let Some(p) = j.checked_sub(1).filter(|&p| toks[p].is_word()) else {
        return false;
    };
    let prev = toks[p].text(text);
    let possessive = lexicon::possessive_pronoun(prev).is_some() || reported::is_possessive(prev);
    if !cue.bare {
        return possessive && cue.form == Form::Finite && toks.get(j + 1).is_some_and(Token::is_word);
    }
    if possessive {
        let after = &toks[j + 1..];
        let has_that = after.iter().take(MOST_BEFORE_THAT).any(|t| t.text(text).eq_ignore_ascii_case("that"));
        return !has_that && after.iter().filter(|t| t.is_word()).count() > MOST_BEFORE_QUOTE;
    }
    lexicon::is_article(prev)
}

/// `Breitbart News responded:` as the sentence (or paragraph) right before a quote that stands
/// alone: the quote is what it leads into.
fn led_in_by_sentence_before(
    text: &str,
    sentences: &[Span],
    tokens: &Tokenized,
    q: &QuoteSpan,
    ctx: &Context,
) -> Option<Attribution> {
    let before = sentences.partition_point(|s| s.end <= q.open).checked_sub(1).and_then(|i| sentences.get(i))?;
    let gap = text.get(before.end..q.open)?;
    if !gap.trim().is_empty() || !text[before.clone()].trim_end().ends_with(':') {
        return None;
    }
    attribution_before(text, tokens.within(before), q, ctx).filter(|a| a.kind == QuoteKind::Direct)
}

/// `Berg put it plainly: "…"`: a sentence whose subject leads into a quote with a colon.
fn colon_lead_in(text: &str, toks: &[Token], q: &QuoteSpan, ctx: &Context) -> Option<Attribution> {
    let colon = toks.last().filter(|t| t.is_punct(':'))?;
    let trailing = ctx.words_after(text, q);
    let m = mentions::subject(text, toks).filter(|m| m.kind != MentionKind::Description)?;
    (!trailing).then(|| Attribution {
        kind: QuoteKind::Direct,
        parts: q.parts.clone(),
        mention: Some(m),
        cue: Some(colon.span.clone()),
        follows: None,
    })
}

/// Whether a quotation opens with a lowercase letter: it goes on with the sentence before it.
fn continues_lowercase(text: &str, q: &QuoteSpan) -> bool {
    q.parts.first().and_then(|p| text[p.clone()].chars().find(|c| c.is_alphabetic())).is_some_and(char::is_lowercase)
}

/// Whether the few words before a quotation may be its sentence's subject ("The country", "Teachers
/// are"): they open with no connective ("But"), opening phrase ("Despite his") or participle
/// ("Recalling"), and hold no "and", "or" or relative pronoun after that. (A lead-in opening
/// with "that" or "are" after an earlier quotation, `a "good thing" that yielded "…"`, stays
/// mixed: refusing it made the claim a bare fragment, which the gold counts as worse.)
fn reads_as_subject(text: &str, before: &[Token]) -> bool {
    let mut words = before.iter().filter(|t| t.is_word()).map(|t| lexicon::lower(t.text(text)));
    words.next().is_some_and(|first| {
        !(lexicon::is_connective(&first)
            || lexicon::opens_introduction(&first)
            || lexicon::opens_phrase(&first)
            || lexicon::is_sentence_adverb(&first)
            || first.ends_with("ing"))
    }) && words.all(|w| !matches!(w.as_ref(), "and" | "or" | "that" | "which" | "who"))
}
