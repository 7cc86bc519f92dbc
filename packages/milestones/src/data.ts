// The CDC "Learn the Signs. Act Early." milestones (2022 revision), one entry per
// milestone, in checklist order. The milestone, its age and its domain are CDC's;
// every sentence is this project's own paraphrase (see README, "Wording").
//
// Ids are stored in families' "achieved on" records: never change or reuse one.
// Fix a text freely; if CDC changes a milestone's meaning, add a new id instead.

import type { Domain } from "./domains.ts";

export interface Milestone {
  /** `m<age, 2 digits>-<domain>-<slug>`, stable forever. */
  id: string;
  /** The checklist age in months (one of CHECKLIST_AGES). */
  ageMonths: number;
  domain: Domain;
  /** Our wording, for parents; at most 160 characters. */
  text: string;
}

const entries: Milestone[] = [
  // 2 months
  {
    id: "m02-social-calms-when-spoken-to",
    ageMonths: 2,
    domain: "social",
    text: "Settles when you talk to them or pick them up",
  },
  { id: "m02-social-looks-at-your-face", ageMonths: 2, domain: "social", text: "Gazes at your face" },
  { id: "m02-social-happy-to-see-you", ageMonths: 2, domain: "social", text: "Seems pleased when you come up to them" },
  {
    id: "m02-social-smiles-back",
    ageMonths: 2,
    domain: "social",
    text: "Smiles back when you smile at them or talk to them",
  },
  { id: "m02-language-makes-sounds", ageMonths: 2, domain: "language", text: "Makes noises besides crying" },
  {
    id: "m02-language-reacts-to-loud-sounds",
    ageMonths: 2,
    domain: "language",
    text: "Responds when there is a loud noise",
  },
  {
    id: "m02-cognitive-watches-you-move",
    ageMonths: 2,
    domain: "cognitive",
    text: "Follows you with their eyes as you move around",
  },
  {
    id: "m02-cognitive-looks-at-toy",
    ageMonths: 2,
    domain: "cognitive",
    text: "Keeps looking at a toy for a few seconds",
  },
  {
    id: "m02-movement-holds-head-up-on-tummy",
    ageMonths: 2,
    domain: "movement",
    text: "Lifts their head while lying on their tummy",
  },
  {
    id: "m02-movement-moves-arms-and-legs",
    ageMonths: 2,
    domain: "movement",
    text: "Moves all four limbs, both arms and both legs",
  },
  { id: "m02-movement-opens-hands", ageMonths: 2, domain: "movement", text: "Opens their hands for a moment" },

  // 4 months
  {
    id: "m04-social-smiles-for-attention",
    ageMonths: 4,
    domain: "social",
    text: "Smiles at you unprompted, to catch your attention",
  },
  {
    id: "m04-social-chuckles",
    ageMonths: 4,
    domain: "social",
    text: "Chuckles, though not yet a full laugh, when you play to make them laugh",
  },
  {
    id: "m04-social-seeks-attention",
    ageMonths: 4,
    domain: "social",
    text: "Uses looks, movements or sounds to win or keep your attention",
  },
  {
    id: "m04-language-coos",
    ageMonths: 4,
    domain: "language",
    text: 'Coos, making long vowel sounds like "oooo" or "aahh"',
  },
  {
    id: "m04-language-sounds-back",
    ageMonths: 4,
    domain: "language",
    text: "Answers with sounds of their own when you talk to them",
  },
  { id: "m04-language-turns-to-voice", ageMonths: 4, domain: "language", text: "Turns their head toward your voice" },
  {
    id: "m04-cognitive-opens-mouth-for-feed",
    ageMonths: 4,
    domain: "cognitive",
    text: "When hungry, opens their mouth at the sight of the breast or bottle",
  },
  {
    id: "m04-cognitive-looks-at-hands",
    ageMonths: 4,
    domain: "cognitive",
    text: "Studies their own hands with interest",
  },
  {
    id: "m04-movement-holds-head-steady",
    ageMonths: 4,
    domain: "movement",
    text: "Keeps their head steady without help while you hold them",
  },
  { id: "m04-movement-holds-toy", ageMonths: 4, domain: "movement", text: "Hangs on to a toy you place in their hand" },
  { id: "m04-movement-swings-at-toys", ageMonths: 4, domain: "movement", text: "Swipes at toys with an arm" },
  { id: "m04-movement-hands-to-mouth", ageMonths: 4, domain: "movement", text: "Brings their hands up to their mouth" },
  {
    id: "m04-movement-pushes-up-on-elbows",
    ageMonths: 4,
    domain: "movement",
    text: "Props up on elbows or forearms when lying on their tummy",
  },

  // 6 months
  { id: "m06-social-knows-familiar-people", ageMonths: 6, domain: "social", text: "Recognizes the people they know" },
  { id: "m06-social-likes-mirror", ageMonths: 6, domain: "social", text: "Enjoys looking at themselves in a mirror" },
  { id: "m06-social-laughs", ageMonths: 6, domain: "social", text: "Laughs out loud" },
  {
    id: "m06-language-takes-turns-with-sounds",
    ageMonths: 6,
    domain: "language",
    text: "Trades sounds back and forth with you",
  },
  {
    id: "m06-language-blows-raspberries",
    ageMonths: 6,
    domain: "language",
    text: "Blows raspberries, pushing the tongue out and blowing",
  },
  { id: "m06-language-squeals", ageMonths: 6, domain: "language", text: "Makes high squealing sounds" },
  {
    id: "m06-cognitive-mouths-objects",
    ageMonths: 6,
    domain: "cognitive",
    text: "Explores things by putting them in their mouth",
  },
  {
    id: "m06-cognitive-reaches-for-toy",
    ageMonths: 6,
    domain: "cognitive",
    text: "Reaches for a toy they want and grabs it",
  },
  {
    id: "m06-cognitive-closes-lips-when-full",
    ageMonths: 6,
    domain: "cognitive",
    text: "Shuts their lips to show they have had enough food",
  },
  { id: "m06-movement-rolls-tummy-to-back", ageMonths: 6, domain: "movement", text: "Rolls over from tummy onto back" },
  {
    id: "m06-movement-pushes-up-straight-arms",
    ageMonths: 6,
    domain: "movement",
    text: "Pushes up on straightened arms when lying on their tummy",
  },
  {
    id: "m06-movement-leans-on-hands-sitting",
    ageMonths: 6,
    domain: "movement",
    text: "Props themselves up on their hands while sitting",
  },

  // 9 months
  {
    id: "m09-social-wary-of-strangers",
    ageMonths: 9,
    domain: "social",
    text: "Acts shy, clingy or afraid around people they don't know",
  },
  {
    id: "m09-social-facial-expressions",
    ageMonths: 9,
    domain: "social",
    text: "Makes many different faces, showing happiness, sadness, anger and surprise",
  },
  {
    id: "m09-social-looks-when-named",
    ageMonths: 9,
    domain: "social",
    text: "Turns to look at you when you say their name",
  },
  {
    id: "m09-social-reacts-when-you-leave",
    ageMonths: 9,
    domain: "social",
    text: "Reacts when you go away: looks for you, reaches after you or cries",
  },
  {
    id: "m09-social-enjoys-peekaboo",
    ageMonths: 9,
    domain: "social",
    text: "Smiles or laughs during a game of peek-a-boo",
  },
  {
    id: "m09-language-babbles-syllables",
    ageMonths: 9,
    domain: "language",
    text: 'Babbles many different sounds, such as "mamamama" and "babababa"',
  },
  {
    id: "m09-language-lifts-arms-to-be-picked-up",
    ageMonths: 9,
    domain: "language",
    text: "Raises their arms to ask to be picked up",
  },
  {
    id: "m09-cognitive-looks-for-dropped-things",
    ageMonths: 9,
    domain: "cognitive",
    text: "Searches for something that falls out of sight, like a spoon or a toy",
  },
  {
    id: "m09-cognitive-bangs-things-together",
    ageMonths: 9,
    domain: "cognitive",
    text: "Bangs two objects against each other",
  },
  {
    id: "m09-movement-gets-to-sitting",
    ageMonths: 9,
    domain: "movement",
    text: "Gets themselves into a sitting position",
  },
  {
    id: "m09-movement-passes-hand-to-hand",
    ageMonths: 9,
    domain: "movement",
    text: "Passes things from one hand to the other",
  },
  {
    id: "m09-movement-rakes-food",
    ageMonths: 9,
    domain: "movement",
    text: "Sweeps food toward themselves with their fingers",
  },
  {
    id: "m09-movement-sits-without-support",
    ageMonths: 9,
    domain: "movement",
    text: "Sits up on their own without support",
  },

  // 12 months
  {
    id: "m12-social-plays-pat-a-cake",
    ageMonths: 12,
    domain: "social",
    text: "Joins in games with you, like pat-a-cake",
  },
  { id: "m12-language-waves-bye", ageMonths: 12, domain: "language", text: "Waves goodbye" },
  {
    id: "m12-language-names-parent",
    ageMonths: 12,
    domain: "language",
    text: 'Has a name for a parent: "mama", "dada" or another special word',
  },
  {
    id: "m12-language-understands-no",
    ageMonths: 12,
    domain: "language",
    text: 'Understands "no": stops, or pauses for a moment, when you say it',
  },
  {
    id: "m12-cognitive-puts-in-container",
    ageMonths: 12,
    domain: "cognitive",
    text: "Drops an object into a container, like a block into a cup",
  },
  {
    id: "m12-cognitive-finds-hidden-toy",
    ageMonths: 12,
    domain: "cognitive",
    text: "Finds something they watched you hide, like a toy under a blanket",
  },
  { id: "m12-movement-pulls-to-stand", ageMonths: 12, domain: "movement", text: "Pulls themselves up to standing" },
  {
    id: "m12-movement-cruises-furniture",
    ageMonths: 12,
    domain: "movement",
    text: "Walks along while holding on to furniture",
  },
  {
    id: "m12-movement-drinks-from-held-cup",
    ageMonths: 12,
    domain: "movement",
    text: "Drinks from an open cup while you hold it",
  },
  {
    id: "m12-movement-pincer-grasp",
    ageMonths: 12,
    domain: "movement",
    text: "Picks up small things, like bits of food, between thumb and pointer finger",
  },

  // 15 months
  {
    id: "m15-social-copies-children",
    ageMonths: 15,
    domain: "social",
    text: "Copies what other children do in play, like emptying a box of toys after another child does",
  },
  { id: "m15-social-shows-liked-object", ageMonths: 15, domain: "social", text: "Shows you something they like" },
  { id: "m15-social-claps-when-excited", ageMonths: 15, domain: "social", text: "Claps their hands when excited" },
  { id: "m15-social-hugs-toy", ageMonths: 15, domain: "social", text: "Hugs a doll, stuffed animal or other toy" },
  {
    id: "m15-social-shows-affection",
    ageMonths: 15,
    domain: "social",
    text: "Hugs, cuddles or kisses you to show affection",
  },
  {
    id: "m15-language-tries-words",
    ageMonths: 15,
    domain: "language",
    text: 'Tries one or two words besides "mama" or "dada", even partial ones like "wa" for water',
  },
  {
    id: "m15-language-looks-at-named-object",
    ageMonths: 15,
    domain: "language",
    text: "When you name a familiar object, looks at it",
  },
  {
    id: "m15-language-follows-gesture-direction",
    ageMonths: 15,
    domain: "language",
    text: "Follows a request made with words and a gesture, like handing you a toy when you hold out your hand and ask for it",
  },
  {
    id: "m15-language-points-to-ask",
    ageMonths: 15,
    domain: "language",
    text: "Points to ask for help or for something they want",
  },
  {
    id: "m15-cognitive-uses-objects-right",
    ageMonths: 15,
    domain: "cognitive",
    text: "Tries to use everyday things as they are meant to be used, like a phone, a cup or a book",
  },
  {
    id: "m15-cognitive-stacks-two",
    ageMonths: 15,
    domain: "cognitive",
    text: "Builds a stack of two or more small things, like blocks",
  },
  { id: "m15-movement-takes-steps", ageMonths: 15, domain: "movement", text: "Takes a few steps without help" },
  {
    id: "m15-movement-finger-feeds",
    ageMonths: 15,
    domain: "movement",
    text: "Feeds themselves some food with their fingers",
  },

  // 18 months
  {
    id: "m18-social-explores-checks-back",
    ageMonths: 18,
    domain: "social",
    text: "Wanders away from you but checks that you are still nearby",
  },
  {
    id: "m18-social-points-to-share",
    ageMonths: 18,
    domain: "social",
    text: "Points something interesting out to you",
  },
  {
    id: "m18-social-holds-out-hands-to-wash",
    ageMonths: 18,
    domain: "social",
    text: "Holds out their hands for you to wash",
  },
  { id: "m18-social-looks-at-book", ageMonths: 18, domain: "social", text: "Shares a book with you for a few pages" },
  {
    id: "m18-social-helps-dress",
    ageMonths: 18,
    domain: "social",
    text: "Helps with dressing by pushing an arm through a sleeve or lifting a foot",
  },
  {
    id: "m18-language-three-words",
    ageMonths: 18,
    domain: "language",
    text: 'Attempts three or more words apart from "mama" or "dada"',
  },
  {
    id: "m18-language-follows-one-step",
    ageMonths: 18,
    domain: "language",
    text: 'Follows a one-step spoken request with no gesture, like handing over a toy when you say "give it to me"',
  },
  {
    id: "m18-cognitive-copies-chores",
    ageMonths: 18,
    domain: "cognitive",
    text: "Imitates you doing housework, like sweeping with a broom",
  },
  {
    id: "m18-cognitive-simple-toy-play",
    ageMonths: 18,
    domain: "cognitive",
    text: "Plays with toys in simple ways, like pushing a toy car along",
  },
  {
    id: "m18-movement-walks-alone",
    ageMonths: 18,
    domain: "movement",
    text: "Walks on their own, holding on to nothing and no one",
  },
  { id: "m18-movement-scribbles", ageMonths: 18, domain: "movement", text: "Scribbles with a crayon or pencil" },
  {
    id: "m18-movement-drinks-open-cup",
    ageMonths: 18,
    domain: "movement",
    text: "Drinks from an open cup, with the odd spill",
  },
  {
    id: "m18-movement-feeds-with-fingers",
    ageMonths: 18,
    domain: "movement",
    text: "Eats with their fingers on their own",
  },
  { id: "m18-movement-tries-spoon", ageMonths: 18, domain: "movement", text: "Has a go at using a spoon" },
  {
    id: "m18-movement-climbs-on-furniture",
    ageMonths: 18,
    domain: "movement",
    text: "Gets up onto a couch or chair and back down without help",
  },

  // 24 months
  {
    id: "m24-social-notices-others-upset",
    ageMonths: 24,
    domain: "social",
    text: "Notices when someone is hurt or upset, for example going still or looking sad when someone cries",
  },
  {
    id: "m24-social-checks-your-reaction",
    ageMonths: 24,
    domain: "social",
    text: "In a new situation, checks your face to see how to react",
  },
  {
    id: "m24-language-points-in-book",
    ageMonths: 24,
    domain: "language",
    text: 'When asked, points to things in a book, like "Where is the dog?"',
  },
  {
    id: "m24-language-two-word-phrases",
    ageMonths: 24,
    domain: "language",
    text: 'Puts at least two words together, like "more juice"',
  },
  {
    id: "m24-language-points-to-body-parts",
    ageMonths: 24,
    domain: "language",
    text: "Points to at least two parts of their body when you ask",
  },
  {
    id: "m24-language-more-gestures",
    ageMonths: 24,
    domain: "language",
    text: "Uses gestures beyond waving and pointing, like blowing a kiss or nodding for yes",
  },
  {
    id: "m24-cognitive-uses-two-hands",
    ageMonths: 24,
    domain: "cognitive",
    text: "Holds something in one hand while working with the other, like holding a container and taking off its lid",
  },
  {
    id: "m24-cognitive-tries-switches",
    ageMonths: 24,
    domain: "cognitive",
    text: "Tries out the switches, knobs or buttons on a toy",
  },
  {
    id: "m24-cognitive-plays-with-toys-together",
    ageMonths: 24,
    domain: "cognitive",
    text: "Uses two or more toys together in play, like putting toy food on a toy plate",
  },
  { id: "m24-movement-kicks-ball", ageMonths: 24, domain: "movement", text: "Can kick a ball" },
  { id: "m24-movement-runs", ageMonths: 24, domain: "movement", text: "Runs around" },
  {
    id: "m24-movement-walks-up-stairs",
    ageMonths: 24,
    domain: "movement",
    text: "Walks up a few stairs (walking, not climbing), with or without help",
  },
  { id: "m24-movement-eats-with-spoon", ageMonths: 24, domain: "movement", text: "Feeds themselves with a spoon" },

  // 30 months
  {
    id: "m30-social-plays-near-children",
    ageMonths: 30,
    domain: "social",
    text: "Plays alongside other children, and sometimes with them",
  },
  {
    id: "m30-social-look-at-me",
    ageMonths: 30,
    domain: "social",
    text: 'Shows off what they can do, saying "Look at me!"',
  },
  {
    id: "m30-social-follows-routines",
    ageMonths: 30,
    domain: "social",
    text: "Follows simple routines when asked, like helping tidy up toys at clean-up time",
  },
  { id: "m30-language-fifty-words", ageMonths: 30, domain: "language", text: "Uses about 50 words" },
  {
    id: "m30-language-action-phrases",
    ageMonths: 30,
    domain: "language",
    text: 'Joins two or more words including an action word, like "doggie run"',
  },
  {
    id: "m30-language-names-pictures",
    ageMonths: 30,
    domain: "language",
    text: "Says what things in a book are when you point and ask",
  },
  {
    id: "m30-language-uses-pronouns",
    ageMonths: 30,
    domain: "language",
    text: 'Uses pronouns such as "I", "me" and "we"',
  },
  {
    id: "m30-cognitive-pretend-play",
    ageMonths: 30,
    domain: "cognitive",
    text: "Uses objects to pretend, like offering a doll a block as if it were food",
  },
  {
    id: "m30-cognitive-simple-problem-solving",
    ageMonths: 30,
    domain: "cognitive",
    text: "Solves simple problems, like climbing on a small stool to reach something",
  },
  {
    id: "m30-cognitive-two-step-instructions",
    ageMonths: 30,
    domain: "cognitive",
    text: 'Follows two-step instructions, like "put down the toy, then shut the door"',
  },
  {
    id: "m30-cognitive-knows-a-color",
    ageMonths: 30,
    domain: "cognitive",
    text: "Knows at least one color, like picking out the red crayon when asked which one is red",
  },
  {
    id: "m30-movement-twists-with-hands",
    ageMonths: 30,
    domain: "movement",
    text: "Twists things with their hands, like turning a doorknob or unscrewing a lid",
  },
  {
    id: "m30-movement-takes-off-clothes",
    ageMonths: 30,
    domain: "movement",
    text: "Takes off some clothes alone, like loose trousers or an open jacket",
  },
  {
    id: "m30-movement-jumps-both-feet",
    ageMonths: 30,
    domain: "movement",
    text: "Jumps with both feet leaving the ground",
  },
  {
    id: "m30-movement-turns-pages",
    ageMonths: 30,
    domain: "movement",
    text: "Turns a book's pages one at a time while you read",
  },

  // 36 months
  {
    id: "m36-social-calms-after-drop-off",
    ageMonths: 36,
    domain: "social",
    text: "Settles within 10 minutes after you leave, for example at childcare drop-off",
  },
  {
    id: "m36-social-joins-children",
    ageMonths: 36,
    domain: "social",
    text: "Notices other children and joins in their play",
  },
  {
    id: "m36-language-conversation-two-turns",
    ageMonths: 36,
    domain: "language",
    text: "Keeps up a conversation with you for at least two back-and-forth turns",
  },
  {
    id: "m36-language-asks-questions",
    ageMonths: 36,
    domain: "language",
    text: 'Asks "who", "what", "where" or "why" questions, like where a parent is',
  },
  {
    id: "m36-language-describes-action",
    ageMonths: 36,
    domain: "language",
    text: 'Says what is happening in a picture or book when asked, like "running" or "eating"',
  },
  {
    id: "m36-language-says-first-name",
    ageMonths: 36,
    domain: "language",
    text: "Tells you their first name when asked",
  },
  {
    id: "m36-language-mostly-understood",
    ageMonths: 36,
    domain: "language",
    text: "Speaks clearly enough that other people understand them most of the time",
  },
  {
    id: "m36-cognitive-draws-circle",
    ageMonths: 36,
    domain: "cognitive",
    text: "Copies a circle after watching you draw one",
  },
  {
    id: "m36-cognitive-avoids-hot-things",
    ageMonths: 36,
    domain: "cognitive",
    text: "Keeps away from hot things, like a stove, when you warn them",
  },
  {
    id: "m36-movement-strings-beads",
    ageMonths: 36,
    domain: "movement",
    text: "Threads things onto a string, like large beads or macaroni",
  },
  {
    id: "m36-movement-puts-on-clothes",
    ageMonths: 36,
    domain: "movement",
    text: "Dresses themselves in some clothes, like loose trousers or a jacket",
  },
  { id: "m36-movement-uses-fork", ageMonths: 36, domain: "movement", text: "Eats with a fork" },

  // 48 months
  {
    id: "m48-social-pretend-roles",
    ageMonths: 48,
    domain: "social",
    text: "Plays at being someone or something else, like a teacher, a superhero or a dog",
  },
  {
    id: "m48-social-asks-to-play",
    ageMonths: 48,
    domain: "social",
    text: "Asks to go and play with other children when none are around",
  },
  {
    id: "m48-social-comforts-others",
    ageMonths: 48,
    domain: "social",
    text: "Offers comfort to someone who is hurt or sad, for example with a hug",
  },
  {
    id: "m48-social-avoids-danger",
    ageMonths: 48,
    domain: "social",
    text: "Steers clear of danger, like not jumping off high places at the playground",
  },
  { id: "m48-social-likes-helping", ageMonths: 48, domain: "social", text: "Enjoys being a helper" },
  {
    id: "m48-social-adapts-to-place",
    ageMonths: 48,
    domain: "social",
    text: "Behaves differently to suit the place, like a library, a place of worship or a playground",
  },
  {
    id: "m48-language-four-word-sentences",
    ageMonths: 48,
    domain: "language",
    text: "Speaks in sentences of four or more words",
  },
  {
    id: "m48-language-says-song-words",
    ageMonths: 48,
    domain: "language",
    text: "Knows and says some words from a song, story or nursery rhyme",
  },
  {
    id: "m48-language-tells-about-day",
    ageMonths: 48,
    domain: "language",
    text: "Tells you about something that happened to them that day",
  },
  {
    id: "m48-language-answers-what-for",
    ageMonths: 48,
    domain: "language",
    text: "Answers simple questions about what things are for, like a coat or a crayon",
  },
  { id: "m48-cognitive-names-colors", ageMonths: 48, domain: "cognitive", text: "Names the colors of a few things" },
  {
    id: "m48-cognitive-tells-what-comes-next",
    ageMonths: 48,
    domain: "cognitive",
    text: "Says what happens next in a story they know well",
  },
  {
    id: "m48-cognitive-draws-person",
    ageMonths: 48,
    domain: "cognitive",
    text: "Draws a person that has at least three body parts",
  },
  { id: "m48-movement-catches-ball", ageMonths: 48, domain: "movement", text: "Usually catches a big ball" },
  {
    id: "m48-movement-serves-food",
    ageMonths: 48,
    domain: "movement",
    text: "Serves their own food or pours water, with an adult watching",
  },
  { id: "m48-movement-unbuttons", ageMonths: 48, domain: "movement", text: "Undoes some buttons" },
  {
    id: "m48-movement-holds-crayon",
    ageMonths: 48,
    domain: "movement",
    text: "Grips a crayon or pencil with fingers and thumb, not in a fist",
  },

  // 60 months
  {
    id: "m60-social-takes-turns-in-games",
    ageMonths: 60,
    domain: "social",
    text: "Sticks to the rules or takes turns in games with other children",
  },
  {
    id: "m60-social-performs",
    ageMonths: 60,
    domain: "social",
    text: "Puts on a show for you: singing, dancing or acting",
  },
  {
    id: "m60-social-simple-chores",
    ageMonths: 60,
    domain: "social",
    text: "Does simple jobs at home, like pairing socks or clearing the table after a meal",
  },
  {
    id: "m60-language-tells-story",
    ageMonths: 60,
    domain: "language",
    text: "Tells a story, heard or made up, with at least two events, like a dog that got lost and then found its way home",
  },
  {
    id: "m60-language-answers-story-questions",
    ageMonths: 60,
    domain: "language",
    text: "Answers simple questions about a book or story after hearing it",
  },
  {
    id: "m60-language-conversation-three-turns",
    ageMonths: 60,
    domain: "language",
    text: "Carries on a conversation of more than three back-and-forth turns",
  },
  {
    id: "m60-language-rhymes",
    ageMonths: 60,
    domain: "language",
    text: "Makes or recognizes simple rhymes, like bat and cat",
  },
  { id: "m60-cognitive-counts-to-ten", ageMonths: 60, domain: "cognitive", text: "Counts up to 10" },
  {
    id: "m60-cognitive-names-numbers",
    ageMonths: 60,
    domain: "cognitive",
    text: "When you point to a number from 1 to 5, can name some of them",
  },
  {
    id: "m60-cognitive-time-words",
    ageMonths: 60,
    domain: "cognitive",
    text: 'Talks about time with words like "yesterday", "tomorrow", "morning" or "night"',
  },
  {
    id: "m60-cognitive-pays-attention",
    ageMonths: 60,
    domain: "cognitive",
    text: "Stays focused for 5 to 10 minutes on an activity like story time or crafts (screen time does not count)",
  },
  {
    id: "m60-cognitive-writes-name-letters",
    ageMonths: 60,
    domain: "cognitive",
    text: "Can write a few letters of their own name",
  },
  { id: "m60-cognitive-names-letters", ageMonths: 60, domain: "cognitive", text: "Can name some letters you point to" },
  { id: "m60-movement-buttons", ageMonths: 60, domain: "movement", text: "Does up some buttons" },
  { id: "m60-movement-hops-one-foot", ageMonths: 60, domain: "movement", text: "Hops on one leg" },
];

/** Every milestone, ordered by checklist age, then domain (CDC's order), then CDC's order within the domain. */
export const milestones: readonly Readonly<Milestone>[] = Object.freeze(entries.map((entry) => Object.freeze(entry)));
