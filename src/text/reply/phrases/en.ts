import type { ReplyPhrases } from './types.js';

/** English shop replies. */
export const en: ReplyPhrases = {
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
};
