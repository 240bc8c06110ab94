//! One case per extraction rule: a sentence or two, and the quote whosaid must find in it
//! (kind, text, speaker, cue), or that it must find nothing.

use whosaid::{document, extract};

struct Case {
    name: &'static str,
    input: &'static str,
    /// (kind, text, speaker or mention, cue); empty when nothing is speech.
    expect: &'static [(&'static str, &'static str, &'static str, &'static str)],
}

const CASES: &[Case] = &[
    Case { name: "cue after the quote", input: "\u{201c}The bridge is safe,\u{201d} Mayor Ana Ruiz said.",
        expect: &[("direct", "The bridge is safe,", "Ana Ruiz", "said")] },
    Case { name: "cue inverted after the quote", input: "\"The bridge is safe,\" said Ana Ruiz, the mayor.",
        expect: &[("direct", "The bridge is safe,", "Ana Ruiz", "said")] },
    Case { name: "colon before the quote", input: "Ana Ruiz said: \u{ab}The bridge is safe.\u{bb}",
        expect: &[("direct", "The bridge is safe.", "Ana Ruiz", "said")] },
    Case { name: "interrupted quote is one quote", input: "\"The bridge is safe,\" Ruiz said. \"It will stay open.\"",
        expect: &[("direct", "The bridge is safe, It will stay open.", "Ruiz", "said")] },
    Case { name: "a quote opening the sentence after a longer attribution goes on with the quote before it", input: "\"The bridge is safe,\" Ruiz told the Herald on Friday after hinting that \"big repairs\" were due. \"It will stay open all winter.\"",
        expect: &[("direct", "The bridge is safe, It will stay open all winter.", "Ruiz", "told")] },
    Case { name: "a title the attribution's words run into is not more of the quote", input: "\"The bridge is safe,\" Ruiz said in an interview on \"Morning Desk.\" \"It will stay open all winter.\"",
        expect: &[("direct", "The bridge is safe, It will stay open all winter.", "Ruiz", "said")] },
    Case { name: "multi-paragraph quote", input: "\u{201c}First we fix the road.\n\n\u{201c}Then the bridge,\u{201d} Ruiz said.",
        expect: &[("direct", "First we fix the road. Then the bridge,", "Ruiz", "said")] },
    Case { name: "mixed quote with a participle cue takes the subject", input: "The council rejected the plan, calling it \"a waste of money.\"",
        expect: &[("mixed", "it \"a waste of money.\"", "The council", "calling")] },
    Case { name: "mixed quote after a cue and that", input: "Ruiz said that the bridge was \"perfectly safe\" for now.",
        expect: &[("mixed", "the bridge was \"perfectly safe\" for now", "Ruiz", "said")] },
    Case { name: "a mixed quote is the whole clause a verb of saying reports", input: "Ruiz said she admired the crews through what she calls \"a brutal winter.\"",
        expect: &[("mixed", "she admired the crews through what she calls \"a brutal winter.\"", "Ruiz", "said")] },
    Case { name: "a quote after a participle beside the verb is the participle's, the clause before stays", input: "Ruiz argued that a toll would cut traffic on the bridge, saying it is \"only fair to drivers.\"",
        expect: &[("indirect", "a toll would cut traffic on the bridge", "Ruiz", "argued"), ("mixed", "it is \"only fair to drivers.\"", "Ruiz", "saying")] },
    Case { name: "a mixed clause keeps every quote in it", input: "Ruiz said that the bridge is \"safe enough\" but \"not for trucks.\"",
        expect: &[("mixed", "the bridge is \"safe enough\" but \"not for trucks.\"", "Ruiz", "said")] },
    Case { name: "a quote carried on by the reporter's words to its cue is a mixed clause", input: "\"What do we do now? We wait until the survey is done\" before choosing a route, Ruiz said.",
        expect: &[("mixed", "\"What do we do now? We wait until the survey is done\" before choosing a route", "Ruiz", "said")] },
    Case { name: "a quote in a relative clause after an auxiliary speaks for the antecedent", input: "Voters may warm to Ana Ruiz, who has called for \"a ban on night flights\" next year.",
        expect: &[("mixed", "for \"a ban on night flights\" next year", "Ana Ruiz", "called")] },
    Case { name: "a mixed clause cut off mid-phrase by a second quote goes on over it", input: "Voters may warm to Ana Ruiz, who has called for \"a ban on night flights\" in the valley, has said of pilots that \"they fly far too low\" and wants more rules.",
        expect: &[("mixed", "for \"a ban on night flights\" in the valley, has said of pilots that \"they fly far too low\" and wants more rules", "Ana Ruiz", "called")] },
    Case { name: "a possessive names the speaker of a cue noun", input: "Senator Ana Ruiz drew fire over her remark that \"nobody here reads the budget.\"",
        expect: &[("mixed", "\"nobody here reads the budget.\"", "Ana Ruiz", "remark")] },
    Case { name: "reported speech with that", input: "Ana Ruiz said that the bridge would reopen in May.",
        expect: &[("indirect", "the bridge would reopen in May", "Ana Ruiz", "said")] },
    Case { name: "reported speech before its cue", input: "The bridge would reopen in May, Ana Ruiz said on Friday.",
        expect: &[("indirect", "The bridge would reopen in May", "Ana Ruiz", "said")] },
    Case { name: "according to at the start", input: "According to the Transport Agency, the bridge carries 9,000 cars a day.",
        expect: &[("indirect", "the bridge carries 9,000 cars a day", "Transport Agency", "According to")] },
    Case { name: "told with a listener", input: "Ruiz told reporters that the bridge would reopen soon.",
        expect: &[("indirect", "the bridge would reopen soon", "Ruiz", "told")] },
    Case { name: "unnamed source", input: "The bridge will close again next year, officials said.",
        expect: &[("indirect", "The bridge will close again next year", "officials", "said")] },
    Case { name: "a whole noun phrase is the subject, not the name inside it", input: "A spokeswoman for Ana Ruiz says the bridge will reopen in May.",
        expect: &[("indirect", "the bridge will reopen in May", "A spokeswoman for Ana Ruiz", "says")] },
    Case { name: "she is not the man who spoke last but the woman named before him", input: "Mayor Susan Ruiz met Tom Baker on Monday. \"We agreed on the bridge,\" Baker said. She said the vote would come in May.",
        expect: &[("direct", "We agreed on the bridge,", "Tom Baker", "said"), ("indirect", "the vote would come in May", "Susan Ruiz", "said")] },
    Case { name: "coordinated speakers", input: "But Ms. Ruiz and Mr. Okafor say other repairs are needed.",
        expect: &[("indirect", "other repairs are needed", "Okafor", "say")] },
    Case { name: "a party label in parentheses stays with the speaker", input: "Rep. Lena Ortiz (D-Ore.) said the bridge needs federal money.",
        expect: &[("indirect", "the bridge needs federal money", "Lena Ortiz", "said")] },
    Case { name: "it opens a reported clause when a verb follows", input: "The agency said it would inspect the bridge again.",
        expect: &[("indirect", "it would inspect the bridge again", "The agency", "said")] },
    Case { name: "a circumstance before the reported clause", input: "Ruiz said after the vote she would ask for a second inspection.",
        expect: &[("indirect", "she would ask for a second inspection", "Ruiz", "said")] },
    Case { name: "joined clauses split their content", input: "Drivers want a wider bridge, and cyclists want a separate lane on it.",
        expect: &[("indirect", "a wider bridge", "Drivers", "want"), ("indirect", "a separate lane on it", "cyclists", "want")] },
    Case { name: "a clause after a subordinating word", input: "The vote was delayed because engineers say the piers are cracked.",
        expect: &[("indirect", "the piers are cracked", "engineers", "say")] },
    Case { name: "a relative clause speaks for the phrase it hangs on", input: "The vote went to Ana Ruiz, who said the bridge would reopen in May, and the council agreed.",
        expect: &[("indirect", "the bridge would reopen in May", "Ana Ruiz", "said")] },
    Case { name: "an introduction of any kind ends at the comma before the subject", input: "Pressed by the reporters, Ana Ruiz said the bridge would reopen in May.",
        expect: &[("indirect", "the bridge would reopen in May", "Ana Ruiz", "said")] },
    Case { name: "a quote standing alone takes the speaker reported just before it", input: "\"The bridge is safe,\" Mayor Ana Ruiz said.\n\nBen Ortiz said the council would vote in May.\n\n\"We owe the town an answer on the bridge.\"",
        expect: &[("direct", "The bridge is safe,", "Ana Ruiz", "said"), ("indirect", "the council would vote in May", "Ben Ortiz", "said"),
            ("direct", "We owe the town an answer on the bridge.", "Ben Ortiz", "")] },
    Case { name: "a cue form after a possessive is a noun", input: "The mayor's remarks came a day after the vote on the bridge.", expect: &[] },
    Case { name: "a cue form after an article is an adjective", input: "The reported plan would close the bridge for a year.", expect: &[] },
    Case { name: "a bare cue after a determiner is a noun", input: "The state report was published in the spring by the agency.", expect: &[] },
    Case { name: "a headline labels its speaker before a colon", input: "Ana Ruiz: The Bridge Will Reopen in May",
        expect: &[("indirect", "The Bridge Will Reopen in May", "Ana Ruiz", ":")] },
    Case { name: "a transcript's label holds its whole paragraph", input: "ANA RUIZ: The bridge will reopen in May. We have waited long enough.\n\nQ: Will it be safe for trucks?",
        expect: &[("indirect", "The bridge will reopen in May. We have waited long enough", "ANA RUIZ", ":"), ("indirect", "Will it be safe for trucks?", "Q", ":")] },
    Case { name: "a section label before a colon is no speaker", input: "Update: The bridge reopened on Monday morning.", expect: &[] },
    Case { name: "it is the organisation that spoke just before", input: "The Transport Agency said the bridge is sound. It added that repairs would start in May.",
        expect: &[("indirect", "the bridge is sound", "Transport Agency", "said"), ("indirect", "repairs would start in May", "Transport Agency", "added")] },
    Case { name: "an adverb between the comma and a participle", input: "The mayor criticized the delay on Monday, even suggesting the contractor had cut corners.",
        expect: &[("indirect", "the delay on Monday", "The mayor", "criticized"), ("indirect", "the contractor had cut corners", "The mayor", "suggesting")] },
    Case { name: "a short phrase closes an inverted attribution", input: "The inspection went badly, said one city source in the room.",
        expect: &[("indirect", "The inspection went badly", "one city source in the room", "said")] },
    Case { name: "a finding with that, mid-sentence", input: "The survey released Friday shows that most drivers support the toll.",
        expect: &[("indirect", "most drivers support the toll", "The survey released Friday", "shows")] },
    Case { name: "a stance verb reports an intention in two words", input: "Ana Ruiz declined to comment.",
        expect: &[("indirect", "to comment", "Ana Ruiz", "declined")] },
    Case { name: "a verb reports what follows its preposition", input: "Tom Baker called for a new inspection of the bridge.",
        expect: &[("indirect", "a new inspection of the bridge", "Tom Baker", "called for")] },
    Case { name: "a verb that names a thing reports a short name", input: "Ana Ruiz endorsed Tom Baker.",
        expect: &[("indirect", "Tom Baker", "Ana Ruiz", "endorsed")] },
    Case { name: "a participle after a noun phrase speaks for it", input: "Ruiz cited a new poll showing most drivers support the toll.",
        expect: &[("indirect", "a new poll showing most drivers support the toll", "Ruiz", "cited"), ("indirect", "most drivers support the toll", "a new poll", "showing")] },
    Case { name: "a cue form after an adjective is a noun", input: "The mayor made a strong showing in the count.", expect: &[] },
    Case { name: "a bare cue after a noun with a noun's ending is a verb", input: "Engineers close to the inspection say that the bridge needs new cables.",
        expect: &[("indirect", "the bridge needs new cables", "Engineers close to the inspection", "say")] },
    Case { name: "a participle after the object of a verb speaks for the clause's subject", input: "The harbour board issued a statement urging drivers to avoid the old bridge.",
        expect: &[("indirect", "drivers to avoid the old bridge", "The harbour board", "urging")] },
    Case { name: "a relative after a dash speaks for the phrase before it", input: "Voters warmed to Ana Ruiz \u{2014} who has called for a second toll bridge.",
        expect: &[("indirect", "a second toll bridge", "Ana Ruiz", "called for")] },
    Case { name: "a verb joined inside an open bracket takes the bracket's subject", input: "The towns held a meeting (they fear floods and say that the old one will not last).",
        expect: &[("indirect", "the old one will not last", "they", "say")] },
    Case { name: "a gerund after a preposition takes the subject", input: "Ruiz left the meeting after criticizing the plan for the bridge.",
        expect: &[("indirect", "the plan for the bridge", "Ruiz", "criticizing")] },
    Case { name: "a verb joined by and shares the subject", input: "The drivers are angry and want a wider bridge.",
        expect: &[("indirect", "a wider bridge", "The drivers", "want")] },
    Case { name: "a finding after its claim", input: "Most of the money came from the state, records show.",
        expect: &[("indirect", "Most of the money came from the state", "records", "show")] },
    Case { name: "a finding after as", input: "The vote was delayed as engineers found the piers cracked.",
        expect: &[("indirect", "the piers cracked", "engineers", "found")] },
    Case { name: "a negated auxiliary before the cue", input: "Ana Ruiz doesn't believe the bridge is safe.",
        expect: &[("indirect", "the bridge is safe", "Ana Ruiz", "believe")] },
    Case { name: "a quantifier opening the clause is its subject", input: "Many fear the bridge will close again.",
        expect: &[("indirect", "the bridge will close again", "Many", "fear")] },
    Case { name: "a verb that names a thing takes it", input: "The council opposed it.",
        expect: &[("indirect", "it", "The council", "opposed")] },
    Case { name: "backed down names nothing", input: "The mayor backed down after the vote.", expect: &[] },
    Case { name: "a horizontal bar names the speaker after a quote", input: "\u{201c}The bridge is the best thing this town has done.\u{201d} \u{2015} Ana Ruiz",
        expect: &[("direct", "The bridge is the best thing this town has done.", "Ana Ruiz", "\u{2015}")] },
    Case { name: "a closing mark typed at a word's start opens a quote", input: "\u{201d}The bridge will hold,\u{201d} Ruiz said.",
        expect: &[("direct", "The bridge will hold,", "Ruiz", "said")] },
    Case { name: "said no opens a clause when a noun phrase follows", input: "Ruiz said no decision had been made about the bridge.",
        expect: &[("indirect", "no decision had been made about the bridge", "Ruiz", "said")] },
    Case { name: "said no to something is no claim", input: "Ruiz said no to the new bridge.", expect: &[] },
    Case { name: "a colon ends the clause before a reported one", input: "The vote came on Friday: engineers said the bridge would need new cables.",
        expect: &[("indirect", "the bridge would need new cables", "engineers", "said")] },
    Case { name: "an opening subordinate clause closed by a comma is an introduction", input: "If anything, engineers say the old bridge will outlast the new one.",
        expect: &[("indirect", "the old bridge will outlast the new one", "engineers", "say")] },
    Case { name: "a description with a named appositive is the name", input: "A lawyer for the city, Ana Ruiz, said the bridge contract would be signed.",
        expect: &[("indirect", "the bridge contract would be signed", "Ana Ruiz", "said")] },
    Case { name: "a role given with as names its person for a later description", input: "On Monday Ana Ruiz spoke as the Labour candidate for the harbour seat. \"The bridge will be finished in May,\" said the Labour candidate.",
        expect: &[("direct", "The bridge will be finished in May,", "Ana Ruiz", "said")] },
    Case { name: "a title makes a lone surname the person named before it", input: "Ana Ruiz opened the bridge on Monday. \"It is finished,\" Mrs. Ruiz said. Her husband, Tomas Ruiz, was not there.",
        expect: &[("direct", "It is finished,", "Ana Ruiz", "said")] },
    Case { name: "a lone surname is the person of that surname named before it, not after", input: "Ana Ruiz opened the bridge on Monday. \"It is finished,\" Ruiz said. Her husband, Tomas Ruiz, was not there.",
        expect: &[("direct", "It is finished,", "Ana Ruiz", "said")] },
    Case { name: "an imperative opening a bracket is not a first name", input: "Ana Ruiz opened the bridge on Monday. (See Ruiz's timeline of the works.) \"It is finished,\" Ruiz said.",
        expect: &[("direct", "It is finished,", "Ana Ruiz", "said")] },
    Case { name: "a description is the fitting person named last", input: "Sen. Ana Ruiz and Sen. Tom Baker met on Monday. Ruiz spoke first. \"The bridge is safe,\" the senator said.",
        expect: &[("direct", "The bridge is safe,", "Ana Ruiz", "said")] },
    Case { name: "a longer phrase of place or time between the cue and the quote", input: "Ruiz said at a press conference in the harbour town, \"The bridge is safe.\"",
        expect: &[("direct", "The bridge is safe.", "Ruiz", "said")] },
    Case { name: "an adverb of manner between the speaker and the cue", input: "Ruiz emphatically proclaimed at a press conference, \"The bridge is safe.\"",
        expect: &[("direct", "The bridge is safe.", "Ruiz", "proclaimed")] },
    Case { name: "a participle after a quotation's attribution reports a claim of its own", input: "\"The bridge is safe,\" Ruiz said, adding that the repairs would end in May.",
        expect: &[("direct", "The bridge is safe,", "Ruiz", "said"), ("indirect", "the repairs would end in May", "Ruiz", "adding")] },
    Case { name: "referring to keeps its particle and may report a short phrase", input: "\"It will hold,\" Ruiz said, referring to the old bridge.",
        expect: &[("direct", "It will hold,", "Ruiz", "said"), ("indirect", "the old bridge", "Ruiz", "referring to")] },
    Case { name: "a verb joined by and shares its clause's subject", input: "Ana Ruiz visited the harbour on Monday and said the bridge would reopen in May.",
        expect: &[("indirect", "the bridge would reopen in May", "Ana Ruiz", "said")] },
    Case { name: "joined verbs of saying split their content", input: "Ruiz said the bridge was safe but said the road needed repairs.",
        expect: &[("indirect", "the bridge was safe", "Ruiz", "said"), ("indirect", "the road needed repairs", "Ruiz", "said")] },
    Case { name: "a bare cue after a relative pronoun is a verb", input: "The plan angered drivers who say the toll is too high.",
        expect: &[("indirect", "the toll is too high", "who", "say")] },
    Case { name: "according to takes a source of any words up to the punctuation", input: "The bridge reopened on Monday, according to people familiar with the works.",
        expect: &[("indirect", "The bridge reopened on Monday", "people familiar with the works", "according to")] },
    Case { name: "according to a described source runs on over what qualifies it", input: "The toll cut traffic by a third, according to a just-released count by the harbour board.",
        expect: &[("indirect", "The toll cut traffic by a third", "a just-released count by the harbour board", "according to")] },
    Case { name: "according to between commas reports the claim on both sides", input: "The repairs, according to the agency, cost more than the bridge.",
        expect: &[("indirect", "The repairs cost more than the bridge", "the agency", "according to")] },
    Case { name: "according to after a colon opens the claim", input: "Nobody expected it: according to the agency, the bridge will close again.",
        expect: &[("indirect", "the bridge will close again", "the agency", "according to")] },
    Case { name: "a poll that opens the sentence is the source of its claim", input: "In a new survey by the agency, most drivers support the toll.",
        expect: &[("indirect", "most drivers support the toll", "a new survey by the agency", "In")] },
    Case { name: "a poll that closes the sentence is the source of its claim", input: "The toll has lost support in the latest city poll.",
        expect: &[("indirect", "The toll has lost support", "the latest city poll", "in")] },
    Case { name: "a relative clause in a poll is no claim", input: "The mayor, who is ahead in the latest city poll, opened the bridge.", expect: &[] },
    Case { name: "a question put to a speaker is a claim of whoever asked it", input: "Asked by reporters whether the bridge was safe, Ruiz said she would wait for the inspection.",
        expect: &[("indirect", "whether the bridge was safe", "reporters", "Asked"), ("indirect", "she would wait for the inspection", "Ruiz", "said")] },
    Case { name: "that inside the reported clause is no conjunction", input: "Ruiz said she would not jump to that conclusion.",
        expect: &[("indirect", "she would not jump to that conclusion", "Ruiz", "said")] },
    Case { name: "a share of voters is a subject", input: "Still, 52 percent of registered voters say the toll is too high, and six in 10 say the bridge is safe.",
        expect: &[("indirect", "the toll is too high", "52 percent of registered voters", "say"), ("indirect", "the bridge is safe", "six in 10", "say")] },
    Case { name: "a capitalised verb in a headline is a cue", input: "Harbour Mayor Says The Bridge Will Reopen In May",
        expect: &[("indirect", "The Bridge Will Reopen In May", "Harbour Mayor", "Says")] },
    Case { name: "an aside between the subject and the cue", input: "Ana Ruiz, who has run the harbour board since 2009 and fought for the bridge, said the repairs would end in May.",
        expect: &[("indirect", "the repairs would end in May", "Ana Ruiz", "said")] },
    Case { name: "an irregular past after it opens the reported clause", input: "Fifty-one percent said it made no change to their plans.",
        expect: &[("indirect", "it made no change to their plans", "Fifty-one percent", "said")] },
    Case { name: "a time phrase between the cue and a clause with an irregular past", input: "Ruiz said on Monday she met the engineers twice.",
        expect: &[("indirect", "she met the engineers twice", "Ruiz", "said")] },
    Case { name: "a relative clause in an aside leaves the main clause its own claim", input: "Ana Ruiz, who said she rarely drives, said the toll is too high.",
        expect: &[("indirect", "she rarely drives", "Ana Ruiz", "said"), ("indirect", "the toll is too high", "Ana Ruiz", "said")] },
    Case { name: "a name shaped like a nationality is a first name or a surname beside a name", input: "Harbour spokesman Adrian Coleman said the choice was bad. Coleman said the board agreed. Dana Minassian said the vote was close.",
        expect: &[("indirect", "the choice was bad", "Adrian Coleman", "said"), ("indirect", "the board agreed", "Adrian Coleman", "said"), ("indirect", "the vote was close", "Dana Minassian", "said")] },
    Case { name: "a participle after a source noun qualifies the subject", input: "Inspectors and officials involved in the survey say the bridge needs new cables.",
        expect: &[("indirect", "the bridge needs new cables", "Inspectors and officials involved in the survey", "say")] },
    Case { name: "say after the object of a preposition is a verb", input: "Most drivers in the valley say the toll is too high.",
        expect: &[("indirect", "the toll is too high", "Most drivers in the valley", "say")] },
    Case { name: "a bare source noun with what qualifies it closes an inverted attribution", input: "The bridge will close in June, officials familiar with the budget said.",
        expect: &[("indirect", "The bridge will close in June", "officials familiar with the budget", "said")] },
    Case { name: "a dateline before a dash is no part of the subject", input: "LIMA (Wire) \u{2013} Harbour chief Ana Ruiz said the port would reopen in May.",
        expect: &[("indirect", "the port would reopen in May", "Ana Ruiz", "said")] },
    Case { name: "a dash aside between the subject and the cue", input: "Several pilots at the meeting \u{2014} including two instructors, a mechanic and a cadet \u{2014} said the runway is too short.",
        expect: &[("indirect", "the runway is too short", "Several pilots at the meeting", "said")] },
    Case { name: "a claim ends before the attribution that closes its sentence", input: "As a young pilot, Ruiz found flying to be a cure for her fears, she said.",
        expect: &[("indirect", "As a young pilot, Ruiz found flying to be a cure for her fears", "she", "said"), ("indirect", "flying to be a cure for her fears", "Ruiz", "found")] },
    Case { name: "a subject with a relative clause runs up to the cue", input: "Still, residents who have crossed the old bridge for years say the new one feels safer.",
        expect: &[("indirect", "the new one feels safer", "residents who have crossed the old bridge for years", "say")] },
    Case { name: "a bare plural closes an inverted attribution", input: "The bridge has grown safer every year, engineers said.",
        expect: &[("indirect", "The bridge has grown safer every year", "engineers", "said")] },
    Case { name: "about and a number open a reported clause", input: "The agency said about half of the cables were replaced.",
        expect: &[("indirect", "about half of the cables were replaced", "The agency", "said")] },
    Case { name: "an appositive after the quote's speaker, even with a verb in it", input: "\"The bridge is safe,\" Ana Ruiz, who has not endorsed the plan, told reporters.",
        expect: &[("direct", "The bridge is safe,", "Ana Ruiz", "told")] },
    Case { name: "a quotation after the cue's comma makes the words before the subject an introduction", input: "At a town hall in Dayton on Friday, Ana Ruiz said, \"The bridge will stay open all winter.\"",
        expect: &[("direct", "The bridge will stay open all winter.", "Ana Ruiz", "said")] },
    Case { name: "a cue that leads straight into a quote takes it from the clause around it", input: "Ruiz said the crews would work nights, and when pressed on the cost, the mayor replied, \"It is a fair price for a safe bridge.\"",
        expect: &[("direct", "It is a fair price for a safe bridge.", "the mayor", "replied")] },
    Case { name: "a third-person verb with an object pronoun after and takes the quote from the verb before it", input: "He says he respects Ruiz and calls her \"a very capable mayor with a long record.\"",
        expect: &[("indirect", "he respects Ruiz", "He", "says"), ("mixed", "her \"a very capable mayor with a long record.\"", "He", "calls")] },
    Case { name: "a participle joined to a participle after a comma reports a clause of its own", input: "She has defended her father, saying he has hired many women and calling him \"a real pioneer.\"",
        expect: &[("indirect", "he has hired many women", "She", "saying"), ("mixed", "him \"a real pioneer.\"", "She", "calling")] },
    Case { name: "a mixed clause ends where a clause of its own opens after its quote", input: "He said there had been some \"real progress\" on the budget, but he pressed the council to do more.",
        expect: &[("mixed", "there had been some \"real progress\" on the budget", "He", "said")] },
    Case { name: "scare quote is not speech", input: "The so-called \"bridge to nowhere\" still stands by the river.", expect: &[] },
    Case { name: "title in quotes is not speech", input: "She starred in \"The Long Road\" in 1999.", expect: &[] },
    Case { name: "no cue, no quote", input: "The bridge was built in 1931 and painted red.", expect: &[] },
];

#[test]
fn every_rule_case() {
    let mut failures = Vec::new();
    for case in CASES {
        let doc = document::read_bytes(case.input.as_bytes(), Some("case.txt")).unwrap();
        let found = extract::extract(&doc);
        let got: Vec<(String, String, String, String)> = found
            .quotes
            .iter()
            .map(|q| {
                let speaker = q.speaker.map(|i| found.speakers[i].name.clone());
                let mention = q.speaker_mention.clone().map(|s| doc.text[s].to_string());
                let cue = q.cue.clone().map(|s| doc.text[s].to_string()).unwrap_or_default();
                (q.kind.as_str().to_string(), q.text.clone(), speaker.or(mention).unwrap_or_default(), cue)
            })
            .collect();
        let want: Vec<(String, String, String, String)> =
            case.expect.iter().map(|&(a, b, c, d)| (a.into(), b.into(), c.into(), d.into())).collect();
        if got != want {
            failures.push(format!("{}:\n   got {got:?}\n  want {want:?}", case.name));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), CASES.len(), failures.join("\n"));
}

#[test]
fn pronoun_takes_the_subject_not_the_nearest_name() {
    let input = "Minister Alexander Fomin said on Friday at a meeting with General Min Aung Hlaing that ties would deepen.\n\n\"We are partners,\" he said.";
    let doc = document::read_bytes(input.as_bytes(), Some("a.txt")).unwrap();
    let found = extract::extract(&doc);
    let speakers: Vec<&str> = found.quotes.iter().map(|q| found.speakers[q.speaker.unwrap()].name.as_str()).collect();
    assert_eq!(speakers, ["Alexander Fomin", "Alexander Fomin"]);
}

#[test]
fn description_resolves_to_the_titled_name() {
    let input = "Deputy Defense Minister Alexander Fomin visited the base.\n\nTies will deepen, the deputy defense minister added.";
    let doc = document::read_bytes(input.as_bytes(), Some("a.txt")).unwrap();
    let found = extract::extract(&doc);
    assert_eq!(found.quotes.len(), 1);
    assert_eq!(found.speakers[found.quotes[0].speaker.unwrap()].name, "Alexander Fomin");
}
