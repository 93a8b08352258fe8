import { createRequire } from 'node:module';
import { words, type LanguageModule } from './language-module.js';
import { stemEnglish } from './stem-en.js';

const require = createRequire(import.meta.url);
const naturalList = (require('natural/lib/natural/util/stopwords.js') as { words: string[] }).words;

export const english: LanguageModule = {
  code: 'en',
  name: 'English',
  detection: {
    words: words(`the is are was were be been my your you i me we our can could would should will do does did have has
      had with for of it in on not please thanks thank hello hi hey how what when where why which who order
      orders delivery shipping payment refund return card account money help want need get got this that there
      an and or if about from my when still yet already any some just know tell to`),
    cues: [{ pattern: /(?:th|\bwh|ing\b|\bi'|n't\b|tion|ee|ck|ea|ay\b)/g, weight: 0.4, on: 'folded' }],
  },
  months: [['jan'], ['feb'], ['mar'], ['apr'], ['may'], ['jun'], ['jul'], ['aug'], ['sep'], ['oct'], ['nov'], ['dec']],
  terms: {
    stopWords: naturalList,
    courtesyWords: words('hi hello hey dear thanks thank please regards kind best cheers question help hope'),
    stem: stemEnglish,
  },
  openings: {
    greetings: ['hello', 'hi', 'hey', 'good (?:morning|afternoon|evening)', 'dear (?:sir|madam|team|all|sirs)(?: or madam)?'],
    greetingTails: ['there', 'team', 'all'],
    announcements: ['i have a (?:quick )?question', 'quick question', 'is anyone there', 'anybody there', 'anyone there'],
    askIntents: ['(?:i )?(?:would like|wanted|want) to ask'],
  },
  closings: {
    thanks: ['thanks', 'thank you', 'thx', 'ty'],
    thanksBefore: ['many', 'thanks in advance', 'with'],
    thanksAfter: ['in advance', 'a lot', 'so much', 'very much', 'you'],
    thanksFor: { prepositions: ['for'], objects: ['your help', 'help', 'the answer', 'your answer', 'any help'] },
    signOffs: ['best regards', 'kind regards', 'regards', 'best wishes', 'cheers', 'sincerely', 'yours truly'],
    politeEndings: ['looking forward to your (?:reply|answer)', 'have a nice day'],
    conjunctions: ['and', 'plus'],
  },
  questions: {
    questionWords: ['is', 'are', 'can', 'could', 'do', 'does', 'will', 'would', 'how', 'what', 'when', 'where', 'why', 'which', 'who'],
    connectives: ['and', 'also', 'and also'],
    requests: ['please'],
    referenceWords: words('order my about regarding re number contact phone account name if needed e mail email iban'),
    abbreviations: words('no st ca p'),
  },
  callNotes: {
    channels: ['call'],
    callers: ['customer', 'caller', 'client', 'mrs?\\.?', 'ms\\.?'],
    reportingVerbs: ['asks', 'asked', 'says', 'wants to know', 'reports', 'called asking', 'reported', 'wants\\s+to\\s+know',
      'called\\s+(?:asking|to\\s+ask)', 'calls\\s+(?:asking|to\\s+ask)'],
    agentLabels: ['info', 'answer', 'resolution', 'agent', 'reply', 'action'],
    agentReports: ['resolved', 'explained', 'informed', 'advised', 'forwarded'],
    agentPhrases: ['resolved', 'explained the'],
  },
  noise: {
    acknowledgements: words(`ok okay super thanks thank you very much great perfect fine got it alright understood cool nice
      all good arrived package parcel received was is the for quick fast delivery shipping service everything`),
    complaints: ['not', 'no longer', 'wrong', 'broken', 'damaged', 'missing', 'problem\\w*'],
    thankVerbs: [],
    wrongRecipient: ['wrong (?:chat|number|person|window|conversation)', 'not for you', 'sorry,? (?:wrong|mistake)'],
    testMessages: ['test\\w*', 'testing'],
    seasonalWishes: ['merry christmas', 'happy (?:new year|holidays|easter)', "season'?s greetings"],
    smallTalk: ['nice weather'],
    spam: ['we offer', 'our (?:services|offer)', 'business proposal', 'earn \\$?\\d', 'seo services', 'click here'],
    shopVoice: ['our (?:store|shop) (?:is|will be|offers)', 'we are open', 'we would like to inform'],
    callsWithoutQuestion: ['outbound', 'call to (?:the )?customer', 'reminder', 'left (?:a )?voicemail', 'telemarket\\w*'],
  },
  mail: {
    replyOpenings: ['on'],
    replyVerbs: ['wrote', 'writes'],
    separatorWords: ['original', 'forwarded'],
    forwardIntros: ['begin forwarded message', 'forwarded message'],
    headerFrom: ['from'],
    headerOther: ['date', 'sent', 'to', 'subject', 'cc'],
    deviceSignatures: ['sent from', 'sent with', 'get outlook for'],
    letterClosings: ['best regards', 'kind regards', 'regards', 'best wishes', 'thanks', 'thank you', 'many thanks', 'cheers'],
    subjectPrefixes: ['re', 'fwd?'],
    listFooters: ['mailing list', 'unsubscribe'],
  },
  replies: {
    greetings: ['dear (?:customer|sir|madam|client)(?: or madam)?', 'hello', 'hi', 'good (?:morning|afternoon|evening)'],
    holding: [
      'let me check', 'i will check', "i'll check", 'we will check', 'i need to check', 'i will get back', "i'll get back",
      'we will get back', 'get back to you', 'i will find out', "i'll find out", 'i will forward', "i'll forward", 'we will forward',
      'please wait', 'one moment', 'bear with me', 'we will contact you', 'i will ask',
    ],
    redirects: [
      'please (?:call|phone|contact|write to|e-?mail) us', 'call us (?:at|on)', 'another department', 'see (?:our|the) faq', 'answers to (?:common|frequent) questions',
    ],
    asksForDetails: [
      'order (?:number|no\\.?|id)', 'your name and', 'more details', 'describe the (?:problem|issue)', 'which order',
    ],
    requests: ['please', 'could you', 'can you', 'would you', 'send', 'what is', "what's", 'need', 'provide'],
    autoReply: [
      'thank you for (?:your (?:message|e-?mail)|contacting us)[^.!]*(?:we will|we\'ll) (?:reply|respond|get back)',
      '(?:reply|respond) as soon as possible', 'this is an automatic', 'automatically generated', 'do not reply to this',
    ],
    welcome: ['welcome to', 'how can (?:i|we) help', 'what can (?:i|we) do for you', 'happy to help'],
    courtesy: [
      'information (?:given|provided)', 'explained the procedure', 'resolved', 
      'anything else (?:i|we) can (?:help|do)', 'can (?:i|we) help (?:you )?with anything else', 'if you have any (?:other |further )?questions',
      'feel free to', "don't hesitate", 'do not hesitate', 'have a (?:nice|great|good) day', "you're welcome", 'you are welcome',
      'no problem', 'thank(?:s| you)(?: for (?:your message|contacting us|your patience))?', 'kind regards', 'best regards', 'regards',
      "we're sorry", 'we are sorry', 'sorry for the', 'i can see (?:your order|that your order)[^.!?]*', 'let (?:me|us) know if[^.!?]*', 'i looked at your order', 'i have an update',
      'not interested',
    ],
    told: ['informed (?:the customer |him |her |them )?(?:that|about)', 'explained (?:to the customer )?that', 'told (?:the customer|him|her|them) that', 'answer:', 'info:'],
    numberWords: { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, fourteen: 14, thirty: 30, sixty: 60 },
    durationUnits: [
      { stem: 'days?', days: 1 },
      { stem: 'weeks?', days: 7 },
      { stem: 'months?', days: 30 },
      { stem: 'years?', days: 365 },
    ],
    rangeWords: ['or', 'to'],
    workingDayWords: ['business', 'working'],
    percentWords: ['percent', 'per cent'],
    yes: ['yes', 'sure', 'of course', 'certainly', 'absolutely'],
    no: ['no(?=\\s*[,.!])', 'unfortunately', "(?:sorry, )?(?:we|you) (?:do not|don't|cannot|can't)"],
    currencies: { usd: 'USD', '$': 'USD', gbp: 'GBP', '£': 'GBP', eur: 'EUR', euro: 'EUR', '€': 'EUR' },
  },
};
