// Examples of our own for every English cue rule: sentences it must match, and near misses it must not.
// Read by lang/rules.test.ts, which also fails when a rule has no example of either kind.

/** Per rule id (without the "en." prefix): [sentences that match, sentences that do not]. */
export const examples: Record<string, [string[], string[]]> = {
  'wrapUp.wrap-up': [
    ["Let's wrap this up.", 'ok wrapping things up'],
    ['Wrap the present.', 'The wrap was tasty.'],
  ],
  'wrapUp.lets-close': [
    ["Let's close it out.", "we'll finish up there"],
    ['Close the door.', 'The shop will close at six tomorrow.'],
  ],
  'wrapUp.before-we': [
    ['Before we wrap, one more thing.', 'before we hang up'],
    ['Before we bought the house.', 'Before lunch.'],
  ],
  'wrapUp.out-of-time': [
    ["We're almost out of time.", 'running out of time'],
    ['Out of the blue.', 'Time is money.'],
  ],
  'wrapUp.at-time': [
    ["We're at time.", 'we are over time'],
    ['We are at home.', "We're on time."],
  ],
  'wrapUp.coming-to-end': [
    ['We are coming to the end.', 'getting to a close'],
    ['The end of the road.', 'Come to the party.'],
  ],
  'wrapUp.on-the-hour': [
    ["We're coming up on the hour.", 'coming up to our time'],
    ['Coming up the stairs.', 'Our hour of need.'],
  ],
  'wrapUp.leave-it': [
    ["Let's leave it there.", "I'll stop it here"],
    ['Leave it on the desk.', 'Stop the car.'],
  ],
  'wrapUp.last-thing': [
    ['Last thing: the invoice.', 'ok final point'],
    ['That was the last bus.', 'The last thing I want is a fight.'],
  ],
  'summaryOpen.sum-up': [
    ['Let me summarise.', 'quick summary of where we are'],
    ['Some people came.', 'The sum is ten.'],
  ],
  'summaryOpen.sum-it-up': [
    ['To sum it up, we ship Friday.', 'sum things up'],
    ['Some of it.', 'Sum total.'],
  ],
  'summaryOpen.run-through': [
    ["Let me run through what we've agreed.", "i'll go over what we decided"],
    ["I'll go through the figures tomorrow.", 'We ran over time again.'],
  ],
  'summaryOpen.recap': [
    ['Quick recap.', 'recapping what we heard'],
    ['Recall the email.', 'Cap it.'],
  ],
  'summaryOpen.landed': [
    ["Here's where we've landed.", 'where we have landed is clear'],
    ['The plane landed.', 'We landed in Rome.'],
  ],
  'summaryOpen.own-words': [
    ['Can you say it in your own words?', 'in your own words what did we decide'],
    ['Own it.', 'Those are my words.'],
  ],
  'summaryOpen.taking-away': [
    ["Tell me what you're taking away.", 'what you are taking away from this'],
    ['Take away food.', 'Taking the bus away.'],
  ],
  'summaryOpen.what-we-discussed': [
    ["Let me go over what we've discussed.", 'what we have agreed today'],
    ['We discussed it yesterday.', 'What we need is time.'],
  ],
  'summarySoft.understand': [
    ['If I understand correctly, you want a refund.', 'if i understood you right'],
    ['I understand.', 'If I can.'],
  ],
  'summarySoft.so-basically': [
    ['So basically the parcel is lost.', 'in short, no'],
    ['It is basically fine.', 'Short story.'],
  ],
  'summaryCheck.is-that-right': [
    ['Is that right?', 'does that sound fair'],
    ['That is right.', 'Right now.'],
  ],
  'summaryCheck.fair-summary': [
    ['Is that a fair summary?', 'an accurate summary'],
    ['A fair price.', 'The summary was long.'],
  ],
  'summaryCheck.everyone-agree': [
    ['Does everyone agree?', 'everyone agree'],
    ['Everyone came.', 'I agree.'],
  ],
  'summaryCheck.have-i-got': [
    ['Have I got that right?', 'did I miss anything'],
    ['I have got a car.', 'Did I tell you?'],
  ],
  'summaryOpen.make-sure-got': [
    ["Let me just make sure I've got all of that.", 'I want to make sure I understood you correctly'],
    ['Make sure you have everything with you.', 'I made sure it was all packed.'],
  ],
  'summaryOpen.pull-together': [
    ['Let me try to pull this together.', "so I'll tie everything together"],
    ['Pull the door shut.', 'We worked together on it.'],
  ],
  'summaryOpen.what-i-heard': [
    ['So what I heard: two sites, one van.', "what I'm hearing is that cost matters most"],
    ['I know what I heard.', 'Tell me what i heard wrong'],
  ],
  'summaryCheck.is-that-everything': [
    ['Two rooms, one boiler. Is that everything?', 'was that everything?'],
    ['That is everything we own.', 'Everything is fine.'],
  ],
  'summaryCheck.anything-missed': [
    ["Anything I've missed?", 'is there anything I have left out'],
    ['I missed the bus.', 'Anything else to drink?'],
  ],
  'summaryCheck.right-tag': [
    ['You need it by Friday, right?', 'so two weeks correct?'],
    ['Turn right.', 'That is correct.'],
  ],
  'agreementIntro.action-items': [
    ['Action items.', 'the action points are these'],
    ['Action movie.', 'Take action.'],
  ],
  'agreementIntro.next-steps': [
    ['Next steps:', 'then actions'],
    ['The next step is hard.', 'Steps to the door.'],
  ],
  'agreementIntro.actions-then': [
    ['Fine. Actions then.', 'ok next steps then,'],
    ['Actions then speak louder.', 'The next steps then were unclear.'],
  ],
  'agreementIntro.make-concrete': [
    ["Let's make that concrete.", "let's make it concrete"],
    ['Concrete walls.', 'Make it quick.'],
  ],
  'agreementIntro.who-does-what': [
    ['So who does what?', 'who is doing what'],
    ['Who does the dishes?', 'What does he do?'],
  ],
  'agreementIntro.todos': [
    ['My to-dos:', 'two todos for me'],
    ['Nothing to do.', 'To do or not.'],
  ],
  'agreementIntro.agreed': [
    ["So what we've agreed is this.", 'what we have agreed'],
    ['We agreed yesterday.', 'Agreed!'],
  ],
  'expectationIntro.what-happens': [
    ['Let me explain what happens next.', 'what happens now is this'],
    ['What happened?', 'It happens.'],
  ],
  'expectationIntro.what-to-expect': [
    ['Here is what you can expect.', 'what to expect from us'],
    ['I expect rain.', 'You can go.'],
  ],
  'expectationIntro.process': [
    ['The process from here is simple.', 'next steps from here'],
    ['The process was slow.', 'From here to there.'],
  ],
  'expectationIntro.next-step-is': [
    ['The next step is a site visit.', 'the next steps are these'],
    ['Next step please.', 'A step back.'],
  ],
  'receive.you-get': [
    ["You'll get a letter.", 'you will hear from legal'],
    ['I get it.', 'They hear you.'],
  ],
  'receive.you-be-sent': [
    ["You'll be sent a link.", 'you will be contacted by the planner'],
    ['It will be sent.', "You'll be fine."],
  ],
  'receive.appeal': [
    ['You can appeal within six weeks.', 'object within two weeks'],
    ['The appeal failed.', 'An object.'],
  ],
  'followUp.will-contact-you': [
    ['The planner will call you.', 'she will get back to you'],
    ['I will call her.', 'Call you later.'],
  ],
  'followUp.be-in-touch': [
    ['Legal will be in touch.', 'someone will be in touch'],
    ['Be in touch.', 'In touch with nature.'],
  ],
  'thirdPartyNext.then-the': [
    ['Then the team will review it.', 'and the supplier then ships it'],
    ['Then I will send it.', 'The end.'],
  ],
  'thirdPartyNext.after-that-the': [
    ['After that the board decides.', 'afterwards the courier collects it'],
    ['After that I call.', 'Afterwards we eat.'],
  ],
  'thirdPartyNext.once-the': [
    ['Once it is signed, the bank releases the money.', 'when you apply, our team checks it'],
    ['Once, I went there.', 'When I can, I call.'],
  ],
  'duration.takes': [
    ['That usually takes two weeks.', 'it normally takes a few days'],
    ['It takes courage.', 'This took long.'],
  ],
  'duration.needs-weeks': [
    ['Purchasing usually needs two weeks to approve it.', 'finance needs about ten days for that'],
    ['You need two forms.', 'It needs more work.'],
  ],
  'duration.takes-about': [
    ['It takes about a week.', 'takes around ten days'],
    ['Take about it.', 'He takes it.'],
  ],
  'document.document': [
    ["You'll get an email.", 'I will send the report'],
    ['You will get help.', 'I will send the engineer.'],
  ],
  'questionRound.any-questions': [
    ['Any questions?', 'any other concerns'],
    ['Questions are good.', 'I have questions.'],
  ],
  'questionRound.do-you-have': [
    ['Do you have any questions?', 'does anyone have anything'],
    ['Do you have a pen?', 'I have questions.'],
  ],
  'questionRound.anything-to-add': [
    ["Anything you'd like to add?", 'anything to raise'],
    ['Anything goes.', 'Add salt.'],
  ],
  'questionRound.anything-else-raise': [
    ['Anything else anyone wants to raise?', 'anything else to add'],
    ['Anything else is extra.', 'Raise the bar.'],
  ],
  'questionRound.anything-else-i-can': [
    ['Is there anything else I can help with?', 'anything else we can do'],
    ['Anything else is fine.', 'I can help.'],
  ],
  'questionRound.anything-else-q': [
    ['Anything else?', 'anything else from anyone?'],
    ['Anything else is fine.', 'Something else.'],
  ],
  'questionRound.on-your-mind': [
    ['Anything on your mind before we wrap up?', 'is there anything else on your mind'],
    ['Nothing on my mind.', 'That was on your list.'],
  ],
  'questionRound.anything-unclear': [
    ['Anything unclear?', 'so anything still unclear'],
    ['Nothing is unclear.', 'The unclear part is the date.'],
  ],
  'questionRound.questions-q': [
    ['Questions?', 'ok any more questions?'],
    ['Questions are welcome.', 'I have questions.'],
  ],
  'contact.reach-me': [
    ['You can reach me on my mobile.', 'just ping me', 'ring us back if the courier does not come'],
    ['Ping your contact at the bank.', 'Reach the shelf.'],
  ],
  'contact.give-a-ring': [
    ['Give me a ring if the parcel is late.', 'just drop us a line', 'give us a shout whenever'],
    ['Give me the ring.', 'Drop a line under it.'],
  ],
  'contact.number-is': [
    ["My number's on the appointment card.", "our email's at the bottom of the letter"],
    ["The number's going up.", "My car's outside."],
  ],
  'contact.lines-open': [
    ['Our lines are open from nine to five.', 'the phones are open on Saturday too'],
    ['The windows are open.', 'Our doors are closed.'],
  ],
  'contact.best-mobile': [
    ['What is the best mobile number for you?', 'is this the best contact number'],
    ['The best mobile deal.', 'Best of luck with the number crunching.'],
  ],
  'contact.my-number': [
    ['My direct line is on the card.', 'my email is in the invite'],
    ['The number is high.', 'Your number is up.'],
  ],
  'contact.your-number': [
    ['What is your phone number?', 'can I check your email'],
    ['My phone.', 'The phone rang.'],
  ],
  'contact.point-of-contact': [
    ['I am your point of contact.', 'point of contact is Wessel'],
    ['The point is this.', 'Contact lens.'],
  ],
  'contact.on-slack': [
    ["I'm on Slack.", 'message me via teams'],
    ['The slack rope.', 'Team spirit.'],
  ],
  'contact.business-card': [
    ['Here is my business card.', 'my business card'],
    ['A business trip.', 'A card game.'],
  ],
  'contact.best-way': [
    ['The best way to reach me is email.', 'best number for you'],
    ['The best day.', 'Best wishes.'],
  ],
  'contact.my-name': [
    ['My name is Oscar.', 'hi my name is Harriet'],
    ['Name the file.', 'My aim is this.'],
  ],
  'contact.speaking-with': [
    ["You've been speaking with Oscar.", 'you spoke to Harriet today'],
    ['I spoke to him.', 'Speaking of which.'],
  ],
  'contact.case-number': [
    ['Your case number is 123.', 'the reference number'],
    ['A case of wine.', 'Number one.'],
  ],
  'feedbackAsk.how-did-you-find': [
    ['How did you find this session?', 'how did you feel about today'],
    ['How did you find the keys?', 'I found it.'],
  ],
  'feedbackAsk.how-did-it-go': [
    ['How did today go for you?', 'how did this feel'],
    ['How did the surgery go?', 'It went well.'],
  ],
  'feedbackAsk.how-was-this': [
    ['How was this for you?', 'how was today for you all'],
    ['How was the flight?', 'This was for you.'],
  ],
  'feedbackAsk.how-was-session': [
    ["How was today's session?", 'how was the call'],
    ['How was the hotel?', 'The call was long.'],
  ],
  'feedbackAsk.how-has-it-felt': [
    ['How has this felt for you?', 'how did today go for you'],
    ['How has the new rota been?', 'How did the move go?'],
  ],
  'feedbackAsk.how-it-went': [
    ['Tell me how tonight went for you.', 'how this felt for you'],
    ['This went well.', 'How it works.'],
  ],
  'feedbackAsk.useful': [
    ['Was this useful for you?', 'was today helpful for you'],
    ['This is useful.', 'Was it raining?'],
  ],
  'feedbackAsk.useful-q': [
    ['Was this useful?', 'was that helpful?'],
    ['This was useful.', 'Is it useful to call them.'],
  ],
  'feedbackAsk.find-helpful': [
    ['Did you find today helpful?', 'do you find these sessions useful'],
    ['Did you find the keys?', 'I find it helpful to write it down.'],
  ],
  'feedbackAsk.still-useful': [
    ['Are these check-ins still useful for you?', 'is this still helpful for you'],
    ['These tools are useful.', 'Is this pen still useful?'],
  ],
  'feedbackAsk.finding-these': [
    ['How are you finding these one-on-ones?', 'how are you finding our weekly calls'],
    ['How are you finding the new flat?', 'How are you?'],
  ],
  'feedbackAsk.format-working': [
    ['Is the format still working?', 'does this setup work'],
    ['The format is wrong.', 'Is the printer working?'],
  ],
  'feedbackAsk.working-for-you': [
    ['Are these calls working for you?', 'is this working for you'],
    ['This is working.', 'Working for you is fun.'],
  ],
  'feedbackAsk.got-what-needed': [
    ['Did you get what you needed?', 'did you get what you wanted'],
    ['I got it.', 'Did you get the mail?'],
  ],
  'feedbackAsk.survey': [
    ['Would you mind taking a two-minute survey?', 'please fill in the questionnaire'],
    ['A survey of the land.', 'I put the ideas from our staff survey on the wall.'],
  ],
  'feedbackAsk.do-these-work': [
    ['Do these meetings work for you?', 'does this weekly call help you'],
    ['Do these keys work?', 'The meetings work for the board.'],
  ],
  'feedbackAsk.how-find-help': [
    ['How did you find the help you got today?', 'how do you feel about the support so far'],
    ['How did you find the address?', 'How did you find out?'],
  ],
  'feedbackAnnounce.survey-coming': [
    ["You'll get a short survey after this.", 'after the meeting we send a quick questionnaire'],
    ['The survey of the site is done.', "You'll get the report."],
  ],
  'feedbackAnnounce.like-to-know': [
    ["I'd really like to know how today went for you.", 'we would love to hear how this session felt'],
    ['I would like to know how the parcel got lost.', "I'd like to know when it arrives."],
  ],
  'feedbackAnnounce.forms-by-door': [
    ['There are feedback forms by the door.', 'surveys at the exit'],
    ['The forms are in the drawer.', 'He stood by the door.'],
  ],
  'feedbackAnnounce.survey-how': [
    ["You'll get a text asking how I did.", 'an email with two questions about today'],
    ["You'll get a text with the code.", 'An email about the invoice.'],
  ],
  'feedbackAsk.how-did-i-do': [
    ['How did I do?', 'how am i doing'],
    ['How do I do it?', 'I did it.'],
  ],
  'feedbackAsk.was-i-clear': [
    ['Was I clear enough?', 'was I too fast'],
    ['I was clear.', 'Was it clear?'],
  ],
  'feedbackAsk.differently': [
    ['Anything I should do differently?', 'anything we could do better'],
    ['Do it differently.', 'Anything goes.'],
  ],
  'feedbackAsk.done-better': [
    ['What could I have done better?', 'what could we do better'],
    ['That could be better.', 'We did better.'],
  ],
  'feedbackAsk.any-feedback': [
    ['Any feedback on this call?', 'feedback about how I did'],
    ['Feedback loop.', 'Feed the cat.'],
  ],
  'feedbackAsk.think-of': [
    ['What did you think of this meeting?', "what did you think of today's session"],
    ['What did you think of the film?', 'I think so.'],
  ],
  'feedbackAsk.expected': [
    ['Was this what you expected?', 'is it what you hoped'],
    ['I expected it.', 'What do you expect?'],
  ],
  'feedbackAsk.meet-expectations': [
    ['Did this meet your expectations?', 'did today meet your expectations'],
    ['Meet me there.', 'Your expectations are high.'],
  ],
  'feedbackAck.noted': [
    ['Noted.', 'good point'],
    ['He noted the time.', 'The point is sharp.'],
  ],
  'feedbackAck.keep-in-mind': [
    ["I'll keep that in mind.", 'keep that in mind'],
    ['Keep it.', 'Mind the gap.'],
  ],
  'thanks.thanks': [
    ['Thanks a lot.', 'thank you'],
    ['Think about it.', 'Thanksgiving turkey.'],
  ],
  'ironicThanks.for-nothing': [
    ['Thanks for nothing.', 'thank you for nothing'],
    ['Thanks for the help.', 'Nothing to add.'],
  ],
  'ironicThanks.a-lot-not': [
    ['Thanks a lot, not.', 'thanks a bunch really'],
    ['Thanks a lot for coming.', 'A lot of people.'],
  ],
  'thanksObject.for-time': [
    ['Thanks for your time.', "thank you for today's session"],
    ['Thanks for the coffee.', 'Thanks for the pen.'],
  ],
  'thanksObject.everyone': [
    ['Thanks everyone.', 'thank you both'],
    ['Thanks.', 'Thank you.'],
  ],
  'farewell.have-a-good': [
    ['Have a good day.', 'enjoy the rest of it'],
    ['Have a look.', 'Enjoy.'],
  ],
  'farewell.enjoy-rest': [
    ['Enjoy the rest of your week.', 'enjoy your rest'],
    ['Enjoy the food.', 'The rest is history.'],
  ],
  'farewell.bye': [
    ['Bye!', 'goodbye all'],
    ['By Friday.', 'Buy it.'],
  ],
  'farewell.see-you': [
    ['See you Friday.', 'see ya'],
    ['See the doctor.', 'You see?'],
  ],
  'farewell.talk-soon': [
    ['Talk soon.', 'talk tomorrow'],
    ['Talk to him.', 'Soon enough.'],
  ],
  'farewell.take-care': [
    ['Take care.', 'take care now'],
    ['Take the train.', 'Care for it.'],
  ],
  'farewell.good-night': [
    ['Good night.', 'good afternoon everyone'],
    ['A good idea.', 'Night shift.'],
  ],
  'acceptance.will-do': [
    ['Will do.', 'yep sounds good'],
    ['I will do the report on Friday.', 'Sounds like rain.'],
  ],
  'questionStart.aux-first': [
    ['can you send it', 'how did it go'],
    ['i can send it', 'it went well'],
  ],
  'meetingRemark.minutes-left': [
    ['We have ten minutes left.', 'we have got five minutes'],
    ['We have a car.', 'Minutes of the meeting.'],
  ],
  'meetingRemark.start-with': [
    ["Let's start with the budget.", 'lets kick off with a quick round'],
    ["We'll start the rollout with the north depot on Monday.", "Let's keep it short."],
  ],
  'meetingRemark.clock': [
    ["I'm conscious of time.", 'mindful of time'],
    ['Time is up.', 'I am conscious.'],
  ],
  'reassurance.no-worries': [
    ['No need to worry about that.', 'no worries'],
    ['I worry.', 'No need for that.'],
  ],
  'reassurance.dont-worry': [
    ["Don't worry about the fee.", 'dont worry'],
    ['I worry about it.', 'Do worry.'],
  ],
};
