"""Statements of responsibility, each labelled by hand: "clear" (says what was done, its impact on
the partner and why it was hidden, with nothing that takes it back) or "needs-work", with the
findings a careful reader would name. Written for these tests; the helper must agree on at least
90% of the verdicts (tests/unit/test_accountability.py)."""

from __future__ import annotations

# (statement, verdict, kinds that must be among the findings)
EXAMPLES: list[tuple[str, str, set[str]]] = [
    # --- clear ---------------------------------------------------------------------------
    (
        "I had an affair with a colleague for eight months. I lied to you about late meetings. "
        "It has shattered your sense of what was real, and you have barely slept since. "
        "I hid it because I was afraid you would leave and I was ashamed.",
        "clear",
        set(),
    ),
    (
        "I spent our savings on online betting and took out two loans in secret. You have lost sleep "
        "worrying about the house. I kept it from you because I couldn't face admitting I had lost control.",
        "clear",
        set(),
    ),
    (
        "I was messaging someone every night for a year and I deleted the messages. You found them and felt "
        "like a fool for trusting me. I hid them so that I would not have to choose.",
        "clear",
        set(),
    ),
    (
        "I drank in secret and lied about where the money went. You have been frightened every time I come "
        "home late. I didn't tell you because I was ashamed and scared of what you would think.",
        "clear",
        set(),
    ),
    (
        "I slept with someone else while you were pregnant. It left you alone and humiliated at the "
        "hardest time. I kept it secret because I was a coward about facing you.",
        "clear",
        set(),
    ),
    (
        "I opened a credit card in my name and ran up debts of thousands. The debt is now yours to worry "
        "about too, and your trust in our plans is gone. I hid it because I feared your anger.",
        "clear",
        set(),
    ),
    (
        "I met my ex for coffee many times and told you I was at the gym. You now doubt everything I say. "
        "I lied because I didn't want to give it up.",
        "clear",
        set(),
    ),
    (
        "I cheated on you, more than once. I see how much pain this has caused you, and how it has made you "
        "question your own judgement. I hid it to avoid the consequences.",
        "clear",
        set(),
    ),
    (
        "I was seeing someone behind your back. You feel betrayed and unsafe in your own home. "
        "I kept it secret because I wanted to have both lives.",
        "clear",
        set(),
    ),
    (
        "I borrowed money from your parents without telling you, and then I lied about it. You were "
        "humiliated in front of your family. I hid it because I was ashamed of how much I owed.",
        "clear",
        set(),
    ),
    (
        "I gambled away the money for the holiday. You cried for days and you are anxious about every bill. "
        "I covered it up since I thought I could win it back before you noticed.",
        "clear",
        set(),
    ),
    (
        "I kept a second phone for two years. It has devastated you and made you feel you cannot trust "
        "your own memories. I hid it so I would not have to stop.",
        "clear",
        set(),
    ),
    (
        "I texted an old partner in secret and sent things I should only share with you. You are hurt and "
        "angry, and you have every right to be. I concealed it because I was afraid of losing you.",
        "clear",
        set(),
    ),
    (
        "I betrayed you by starting a relationship online. It has damaged your trust and your sleep. "
        "I never told you because I was ashamed of what I was doing.",
        "clear",
        set(),
    ),
    (
        "I used our joint account to pay for someone else's rent. You have lost your sense of safety with "
        "money. I did not tell you because I knew you would stop it.",
        "clear",
        set(),
    ),
    # --- needs work: deflections ----------------------------------------------------------
    (
        "I had an affair, but you were never home and I was lonely.",
        "needs-work",
        {"but"},
    ),
    (
        "I'm sorry if you were hurt by what happened.",
        "needs-work",
        {"if-hurt"},
    ),
    (
        "I never meant to hurt you. I lied about the money because I was scared.",
        "needs-work",
        {"never-meant"},
    ),
    (
        "I lied to you, yes. But you also kept things from me for years.",
        "needs-work",
        {"you-also"},
    ),
    (
        "It was only texting, it didn't mean anything, and I stopped as soon as you found out.",
        "needs-work",
        {"minimising"},
    ),
    (
        "Mistakes were made and I regret how things turned out between us.",
        "needs-work",
        {"no-one-did-it"},
    ),
    (
        "I'm sorry you feel that way about the money. I hid it because I was embarrassed.",
        "needs-work",
        {"if-hurt"},
    ),
    (
        "I cheated because you pushed me away for a year. It has hurt you, I know.",
        "needs-work",
        {"you-also"},
    ),
    (
        "I gambled and hid it because I was ashamed. It hurt you deeply, however I have stopped now.",
        "needs-work",
        {"but"},
    ),
    (
        "I had an affair. It wasn't my intention for it to go that far. You have been devastated, and I "
        "hid it because I was afraid.",
        "needs-work",
        {"never-meant"},
    ),
    (
        "We both stopped trying years ago, and it just happened. I'm sorry for your pain.",
        "needs-work",
        {"you-also", "no-one-did-it"},
    ),
    (
        "I kissed someone at a party, just once. You were upset, and I lied because I panicked.",
        "needs-work",
        {"minimising"},
    ),
    (
        "If you hadn't read my phone, none of this would have hurt you. I hid it to protect you.",
        "needs-work",
        {"you-also"},
    ),
    (
        "I spent the money. It's not that big a deal, we can earn it back. I hid it so you wouldn't worry.",
        "needs-work",
        {"minimising"},
    ),
    (
        "Things got out of hand with a colleague and you found out before I could say anything.",
        "needs-work",
        {"no-one-did-it"},
    ),
    (
        "I lied about the drinking, although you always drank too.",
        "needs-work",
        {"but", "you-also"},
    ),
    (
        "I did not mean to hurt you, and I'm sorry if it upset you.",
        "needs-work",
        {"never-meant", "if-hurt"},
    ),
    (
        "You made me feel invisible, so I went looking for attention. I hid it because you would have left.",
        "needs-work",
        {"you-also"},
    ),
    # --- needs work: a part is missing ----------------------------------------------------
    (
        "I am so sorry. I love you and I will do anything to make this right.",
        "needs-work",
        {"no-action", "no-impact", "no-why-hidden"},
    ),
    (
        "I had an affair with someone from the gym and I lied about it for a year.",
        "needs-work",
        {"no-impact", "no-why-hidden"},
    ),
    (
        "I hid the debts from you because I was ashamed.",
        "needs-work",
        {"no-impact"},
    ),
    (
        "I lied about the loans, and I see how it has hurt you and taken away your sense of safety.",
        "needs-work",
        {"no-why-hidden"},
    ),
    (
        "I know you are in pain and I am ashamed of myself.",
        "needs-work",
        {"no-action"},
    ),
    (
        "I feel terrible about everything and I want us to move forward.",
        "needs-work",
        {"no-action", "no-impact"},
    ),
    (
        "I was unfaithful. You cannot trust me now.",
        "needs-work",
        {"no-why-hidden"},
    ),
    (
        "I take full responsibility for what I did.",
        "needs-work",
        {"no-action", "no-impact", "no-why-hidden"},
    ),
    (
        "I drank every day and told you I had stopped. You are exhausted from watching me.",
        "needs-work",
        {"no-why-hidden"},
    ),
    (
        "I wanted to tell you so many times, and I hope you can forgive me one day.",
        "needs-work",
        {"no-action", "no-impact"},
    ),
    (
        "I cheated, I lied and I hid it. There's nothing more to say.",
        "needs-work",
        {"no-impact", "no-why-hidden"},
    ),
    # --- written after the helper was tuned on the ones above (kept honest: not tuned on) ---
    (
        "I went behind your back and took a job in another city without telling you. It made you feel "
        "that your life was being decided without you. I hid it because I was afraid you would say no.",
        "clear",
        set(),
    ),
    (
        "I hid the messages, but only because I knew you would overreact.",
        "needs-work",
        {"but"},
    ),
    (
        "I'm sorry that you were hurt. I should have been more careful.",
        "needs-work",
        {"if-hurt"},
    ),
    (
        "I lied about where I was on Fridays. You spent those evenings alone and you feel foolish now. "
        "I kept it quiet because I liked having something that was only mine.",
        "clear",
        set(),
    ),
    (
        "It was just a few drinks after work, nothing happened, and you know how you get.",
        "needs-work",
        {"minimising"},
    ),
]
