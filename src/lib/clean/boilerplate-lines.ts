/**
 * Whole-line boilerplate: share bars, comment prompts and forms, "Source link", "Back to top",
 * navigation, advertising labels, cookie banners, comment counters, copyright notices,
 * "Published by …" lines and lines of bare punctuation.
 *
 * A line is claimed only when the *whole* line is one of these (after bullets, case and
 * trailing punctuation are set aside). The same words inside a paragraph never count:
 * "Comments by the minister drew criticism." stays body text.
 */
import { parseCopyright, parsePublisherLine } from './byline.ts';
import type { RemovalReason } from './clean-result.ts';
import { boilerplateKey, hasLetters } from './line-shape.ts';

/** Labels of share buttons; a line made only of these (one or many) is a share bar. */
const SHARE_LABELS = [
  'get link', 'copy link', 'copy url', 'copy', 'link copied', 'other apps', 'share', 'shares', 'share this', 'share this article',
  'share this story', 'share this post', 'share article', 'share on', 'share via', 'tweet', 'x', 'twitter', 'facebook',
  'whatsapp', 'linkedin', 'email', 'e-mail', 'mail', 'print', 'pinterest', 'pin', 'pin it', 'reddit', 'telegram',
  'messenger', 'tumblr', 'flipboard', 'threads', 'bluesky', 'mastodon', 'sms', 'viber', 'vk', 'line', 'more',
  'share on facebook', 'share on x', 'share on twitter', 'share on linkedin', 'share on whatsapp', 'share via email',
  'share by email', 'share on reddit', 'share on telegram', 'opens in new window', '(opens in new window)',
];
const SHARE_SET = new Set(SHARE_LABELS);
const SHARE_MAX_WORDS = Math.max(...SHARE_LABELS.map((l) => l.split(' ').length));

function isShareBar(key: string): boolean {
  if (/^click to (?:share|email|print)\b/.test(key)) return true;
  const words = key.replace(/[|•·,/]+/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 16) return false;
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    for (let n = Math.min(SHARE_MAX_WORDS, words.length - i); n >= 1 && !matched; n--) {
      if (SHARE_SET.has(words.slice(i, i + n).join(' ').replace(/:$/, ''))) matched = n;
    }
    if (!matched) return false;
    i += matched;
  }
  return true;
}

const COMMENT_PROMPTS = new Set([
  'comments', 'comment', 'no comments', 'no comments yet', 'post a comment', 'post comment', 'leave a reply',
  'leave a reply cancel reply', 'cancel reply', 'leave a comment', 'add a comment', 'add comment', 'write a comment',
  'join the conversation', 'join the discussion', 'show comments', 'view comments', 'load comments', 'hide comments',
  'submit comment', 'be the first to comment', 'reply', 'comment *', 'name *', 'email *', 'website', 'name', 'email address',
  'you must be logged in to post a comment', 'log in to comment', 'sign in to comment',
  'please enable javascript to view the comments powered by disqus',
  'save my name, email, and website in this browser for the next time i comment',
  'your email address will not be published', 'required fields are marked *',
  'your email address will not be published. required fields are marked *',
  'notify me of follow-up comments by email', 'notify me of new posts by email',
]);
/** Comment counters: "12 Comments", "Comments (12)", "View all 12 comments", "12 thoughts on …". */
const COMMENT_COUNT = /^(?:(?:view|read|show|see|load)(?: all)? )?(?:\(?\d[\d,]*\)? (?:comments?|responses?|replies|reactions)|(?:comments?|responses?|replies|discussion) ?[([]\d[\d,]*[)\]]|comments?: ?\d[\d,]*)(?: so far)?$|^\d+ thoughts? on\b/;

const SOURCE_LINKS = new Set(['source link', 'source', 'original source', 'view source', 'read the original article', 'read original article', 'view original article', 'original article']);
const BACK_TO_TOP = new Set(['back to top', 'back to top ↑', 'scroll to top', 'go to top', 'to top', 'top', '↑']);
const NAVIGATION = new Set(['skip to content', 'skip to main content', 'toggle navigation', 'menu', 'close', 'search', 'open menu', 'close menu', 'previous post', 'next post', 'previous article', 'next article']);
const ADVERTISING = new Set(['advertisement', 'advertisements', 'ad', 'ads', 'sponsored', 'sponsored content', 'story continues below advertisement', 'article continues below advertisement', 'article continues below', 'continue reading below', 'scroll to continue with content', 'report this ad', 'paid content']);

/** Button labels that end a cookie banner when it is flattened into one line. */
const BANNER_BUTTONS = /(?:\s+(?:accept(?: all)?(?: cookies)?|reject(?: all)?|decline|allow(?: all)?|ok|okay|got it!?|i agree|agree|i accept|cookie settings|manage (?:preferences|options|cookies|settings)|settings|learn more|read more|more info|privacy policy|customi[sz]e))+$/i;

function isCookieBanner(text: string): boolean {
  if (!/\bcookies?\b/i.test(text)) return false;
  const opener = /^(?:we use cookies|we and our partners use cookies|this (?:web)?site uses cookies|our (?:web)?site uses cookies)\b/i.test(text);
  const buttons = BANNER_BUTTONS.exec(text);
  // Prose never ends with a bare row of button labels after its last full stop.
  if (buttons && (opener || /[.!?]["”’]?$/.test(text.slice(0, buttons.index).trim()))) return true;
  return opener && /\b(?:by (?:continuing|using|clicking)|you (?:agree|consent|accept)|opt[- ]out)\b/i.test(text);
}

/** The reason a whole line is boilerplate, or undefined when it may be body text. */
export function classifyBoilerplate(text: string): RemovalReason | undefined {
  if (text === '') return undefined;
  if (!hasLetters(text) && !/\d/.test(text)) return /[↑]/.test(text) ? 'back-to-top' : 'separator';
  const key = boilerplateKey(text);
  if (isShareBar(key)) return 'share-widget';
  if (COMMENT_PROMPTS.has(key) || COMMENT_COUNT.test(key)) return 'comment-prompt';
  if (SOURCE_LINKS.has(key)) return 'source-link';
  if (BACK_TO_TOP.has(key)) return 'back-to-top';
  if (NAVIGATION.has(key)) return 'navigation';
  if (ADVERTISING.has(key)) return 'advertisement';
  if (isCookieBanner(text)) return 'cookie-banner';
  if (parseCopyright(text) !== undefined) return 'copyright';
  if (parsePublisherLine(text) !== undefined) return 'publisher-line';
  return undefined;
}
