"""The coach on wordings written the way people type (issue 16), family by family.

Every wording here is our own, labelled by hand before the coach saw it: "small" = a
concrete action, with a when, a rhythm or a trigger, that the other person could see, and
nothing that leaves a way out; "needs-work" = grand, inner, vague or hedged; "unread" =
plainly not English. Each family mixes both verdicts so that a coach which always says
one thing fails it.

The last batch of each family was written after the patterns were tuned: on its first run
the coach read 42 of those 45 right. The three misses each showed a real gap, closed in a
general way ("hand over" something is done for the other person; "on payday" is a when;
"when I'm not too tired" is a hedge like "when I'm not busy").
"""

from __future__ import annotations

import pytest

from trustroad.promises.coach import review_promise
from unit.coach_labelled import LABELLED as TEXTBOOK

S, N, U = "small", "needs-work", "unread"

TEXTING = {
    "ill txt u when i leave work every day": S,
    "ill call u on my lunch break every weekday": S,
    "gonna text u b4 i drive home every nite": S,
    "ill send u a pic of the receipt whenever i use the card": S,
    "every sun nite we check in together for 20 mins": S,
    "ill show u my phone every fri after dinner": S,
    "if he msgs me ill screenshot it n send it 2 u straight away": S,
    "txt u at 9 every nite": S,
    "i will ring u from the hotel every nite at 10": S,
    "ill tell u when im heading home from the gym": S,
    "ill leave my fone on the kitchen table every nite": S,
    "ill msg u within an hour if my ex gets in touch": S,
    "we walk together after dinner on tues n thurs": S,
    "im gonna call u every morning on my way in": S,
    "ill forward u any msgs from her the same day": S,
    "Ill Txt U Tonite When Im Leaving": S,
    "ill be better i promise": N,
    "ill txt u more": N,
    "ill try 2 call u more often": N,
    "gonna be more open w u": N,
    "ill never lie 2 u again": N,
    "ill txt u when i can": N,
    "ill make it up 2 u": N,
    "im gonna change 4 u": N,
    "ill b there 4 u always": N,
    "ill call u sometimes": N,
    "ill be more attentive 2 u": N,
    "txt u more when im away": N,
    "ill txt u every nite if i get the chance": N,
    # Written after the patterns were tuned, as a check on overfitting (see the note above).
    "ill ring u on the way home every nite": S,
    "gonna show u my messages every sat morning": S,
    "ill tell u if she txts me": S,
    "k ill txt u when i get there": S,
    "ill b home by 6 every weeknight n text u if im late": S,
    "i promise ill be good": N,
    "ill try n txt u more": N,
    "ill be way more honest w u from now on": N,
    "ill show u i care": N,
    "ill stop lying to u": N,
}

WHEN = {
    "I'll text you a photo of my payslip fortnightly.": S,
    "Every other Sunday I'll take you out for breakfast.": S,
    "I'll pay the joint bills on the 1st and show you the receipts.": S,
    "On the first Sunday of the month we'll go through our budget together.": S,
    "Before I leave the house, I'll tell you where I'm going.": S,
    "After every argument, I'll come back within an hour to talk it through with you.": S,
    "Once we've put the kids to bed, I'll sit with you for ten minutes without my phone.": S,
    "I'll hand you my phone at the end of each day.": S,
    "Every couple of days I'll ask you how you're feeling about us.": S,
    "I'll call you from the car on the way home from work.": S,
    "First thing every morning I'll text you good morning.": S,
    "I'll book a counselling session for us on the last Friday of every month.": S,
    "Whenever my ex calls, I'll put it on speaker so you can hear.": S,
    "The moment I get an email from her, I'll forward it to you.": S,
    "I'll show you my bank app twice a month.": S,
    "By 10pm each night I'll have my phone on the charger in the kitchen.": S,
    "I'll tell you about any messages from him at the end of the day.": S,
    "I'll check in with you every few hours when I'm travelling.": S,
    "I'll text you every day or so.": N,
    "Every now and then I'll bring you flowers.": N,
    "I'll call you regularly.": N,
    "At some point I'll show you my old messages.": N,
    "I'll tell you soon.": N,
    "I'll take you out more often.": N,
    # Written after the patterns were tuned, as a check on overfitting (see the note above).
    "I'll text you the minute my flight lands.": S,
    "Every second Thursday we'll sit down with the counsellor together.": S,
    "I'll hand over my phone each evening before dinner.": S,
    "On payday I'll show you the bank statement.": S,
    "After each session with my therapist, I'll tell you one thing I learned.": S,
    "I'll call you twice a day while I'm away.": S,
    "I'll text you eventually.": N,
    "I'll spend time with you on Sundays when work allows.": N,
    "I'll tell you things sooner.": N,
}

ACTIONS = {
    "I'll do the breathalyser test in front of you every evening.": S,
    "I'll see the counsellor every Thursday and tell you what we talked about.": S,
    "Each Sunday I'll scroll through them with you.": S,
    "When I get home, I'll come and find you before I do anything else.": S,
    "I'll apologise to you the same day whenever I raise my voice.": S,
    "I'll apologize to you the same day whenever I snap at you.": S,
    "We'll see the counselor together every other Monday.": S,
    "I'll wash the dishes with you after dinner every night.": S,
    "I'll drive you to work on Tuesdays.": S,
    "I'll delete the dating apps in front of you tonight.": S,
    "I'll print my phone bill every month and leave it on the kitchen table.": S,
    "I'll log out of that app in front of you today.": S,
    "I'll set up location sharing with you tonight.": S,
    "I'll pour my drinks down the sink in front of you tonight.": S,
    "Every Friday I'll go through my bank statement with you.": S,
    "I'll see what I can do.": N,
    "I'll do the work on myself every day.": N,
    "I'll go to the gym every morning.": N,
    "I'll look after you every day.": N,
    "I'll learn to trust you again.": N,
    "I'll deal with my issues this week.": N,
    # Written after the patterns were tuned, as a check on overfitting (see the note above).
    "I'll take the dog out with you every night after dinner.": S,
    "I'll fetch you a coffee from the café every Saturday morning.": S,
    "We'll play a board game together on Friday nights.": S,
    "I'll unplug the router at 11 so we both go to bed together.": S,
    "I'll hold your hand during every session with the counsellor.": S,
    "I'll handle it.": N,
    "I'll sort myself out this month.": N,
    "I'll deal with it every day.": N,
}

VISIBILITY = {
    "I'll keep location sharing on with you every time I go out.": S,
    "When I'm on a work trip, I'll leave location sharing on.": S,
    "I'll open up my messages for you every Sunday night.": S,
    "Every Saturday I'll open up my banking app and go through it with you.": S,
    "Each evening I'll read through my texts with you.": S,
    "I'll fill in our shared budget sheet every payday.": S,
    "I'll write down where I've been in our notebook each night.": S,
    "I'll pin the week's plans to the fridge every Sunday.": S,
    "I'll put my phone on the table face up during meals.": S,
    "I'll add my late shifts to the calendar you can see, the day before.": S,
    "I'll open up more every week.": N,
    "I'll write in my private journal every night.": N,
    "I'll check my own phone less at night.": N,
    "I'll delete his number tonight.": N,
    "I'll go to my meetings every week.": N,
    "I'll keep my phone unlocked every evening.": N,
    "I'll stop messaging her starting today.": N,
    "I'll open up to you more every week.": N,
    # Written after the patterns were tuned, as a check on overfitting (see the note above).
    "I'll leave my laptop unlocked on the desk in the hall each evening.": S,
    "Each morning I'll write our plans on the whiteboard in the kitchen.": S,
    "I'll keep my location on for you whenever I'm out after 9.": S,
    "I'll be honest in our check-ins.": N,
    "I'll clean up my search history every night.": N,
}

# Concrete detail around a vague core: a hedge or an inner state keeps "needs work".
HEDGED = {
    "I'll be more attentive on our Saturday walks.": N,
    "I'll be better about picking up when you call.": N,
    "I'll call on Sundays when I get the chance.": N,
    "I'll text you at 9pm every night when I can.": N,
    "I'll try to show you my phone every Sunday.": N,
    "I'll try and call you every lunchtime.": N,
    "If I can, I'll pick you up from work on Fridays.": N,
    "I'll tell you about every message from her, if possible.": N,
    "I'll text you when I leave work, most days.": N,
    "Hopefully I'll be home by 7 every weeknight to eat with you.": N,
    "I'll aim to check in with you every evening at 8.": N,
    "I'll be more patient with you at dinner every night.": N,
    "I'll be a better listener during our Sunday check-in.": N,
    "I'll be more affectionate when I get home each evening.": N,
    "I'll be more honest with you every time we talk.": N,
    "I'll feel more connected to you after our weekly date.": N,
    "I'll pay more attention to you at the weekends.": N,
    "I'll respect your boundaries every time we argue.": N,
    "Every night I'll show you more love.": N,
    "I'll stay calm when we argue and tell you how I feel.": N,
    "I'll call you every evening, as much as I can.": N,
    "I'll send you a photo from the gym whenever I remember.": N,
    "I'll reply to your texts within an hour if I'm not too busy.": N,
    "I'll ring you on my lunch break unless something comes up.": N,
    "We'll probably have a check-in together every Sunday.": N,
    "I'll maybe show you my messages on Fridays.": N,
    "I'll try my hardest to text you before bed.": N,
    "I'll make more of an effort to call you at lunch every day.": N,
    "I'll do my best to be home by 6 on weekdays and tell you if I'm late.": N,
    # The same concrete detail without the let-out or the inner state is small.
    "I'll show you my phone every Sunday.": S,
    "I'll call you every lunchtime.": S,
    "I'll pick you up from work on Fridays.": S,
    "I'll be home by 7 every weeknight to eat with you.": S,
    # Written after the patterns were tuned, as a check on overfitting (see the note above).
    "I'll be a more present dad and partner at dinner each night.": N,
    "I'll be kinder to you when I get home from work every day.": N,
    "I'll try my best to call you every evening.": N,
    "If I get a chance I'll text you at lunch.": N,
    "I'll call you most evenings around 8.": N,
    "I'll be more thoughtful and text you every morning.": N,
    "I'll listen to you properly every night at dinner, when I'm not too tired.": N,
    "I'll think about how you feel before I go out each weekend.": N,
    "I'll be more loving towards you every single day.": N,
}

LANGUAGES = {
    "Je t'appellerai tous les soirs à 21h.": U,
    "Ich werde dich jeden Abend anrufen.": U,
    "Te llamaré todas las noches a las nueve.": U,
    "Ti chiamerò ogni sera alle nove.": U,
    "Ik bel je elke avond om negen uur.": U,
    "Vou te ligar todas as noites.": U,
    "Jag ringer dig varje kväll.": U,
    "毎晩9時に電話します。": U,
    "Я буду звонить тебе каждый вечер.": U,
    "Nigdy więcej cię nie okłamię.": U,
    "I'll say je t'aime to you every morning.": S,
    "We'll eat at the café together every Friday.": S,
    # Written after the patterns were tuned, as a check on overfitting (see the note above).
    "Je vais t'envoyer un message chaque soir.": U,
    "Ich rufe dich jeden Tag an.": U,
    "Prometo llamarte cada noche.": U,
    "I'll text you 'buenas noches' every night at 10.": S,
}

FAMILIES = {
    "texting": TEXTING,
    "when": WHEN,
    "actions": ACTIONS,
    "visibility": VISIBILITY,
    "hedged": HEDGED,
    "languages": LANGUAGES,
}
EVERYDAY = {w: v for family in FAMILIES.values() for w, v in family.items()}
ALL = TEXTBOOK | EVERYDAY

# Every wording the coach gets wrong, and why. Checked exactly, so a fix and a regression
# both show up.
KNOWN_MISSES: dict[str, str] = {}


def _misses(labelled: dict[str, str]) -> set[str]:
    return {w for w, want in labelled.items() if review_promise(w).verdict != want}


def test_the_sets_are_big_enough_and_apart() -> None:
    assert len(ALL) == len(TEXTBOOK) + sum(map(len, FAMILIES.values()))  # no wording twice
    assert len(ALL) >= 200 and len(EVERYDAY) * 2 >= len(ALL)
    assert len(TEXTING) >= 20 and len(HEDGED) >= 20
    for family in FAMILIES.values():
        assert len(set(family.values())) >= 2


@pytest.mark.parametrize("name", FAMILIES)
def test_each_family_is_read_well(name: str) -> None:
    family = FAMILIES[name]
    assert 1 - len(_misses(family)) / len(family) >= 0.9


def test_accuracy_on_everything() -> None:
    assert 1 - len(_misses(ALL)) / len(ALL) >= 0.95


def test_known_misses_are_exactly_the_misses() -> None:
    assert _misses(ALL) == set(KNOWN_MISSES)
