/* global window, document, location, fetch, URLSearchParams */
// Starts Bot Framework Web Chat against the local Direct Line bridge (polling, no web socket).

const DIRECT_LINE_DOMAIN = `${location.origin}/local/directline`;
const DEFAULT_USER = { id: 'demo-user', name: 'Demo user' };
const PRACTITIONER_ID = 'practitioner';
/** Dark enough on white and under white text (at least 4.5:1) for buttons and links. */
const ACCENT = '#005a9e';
const USER_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const CONVERSATION_ENDED = 5; // botframework-directlinejs ConnectionStatus.Ended

function showProblem(message) {
  const problem = document.getElementById('problem');
  problem.textContent = message;
  problem.hidden = false;
}

/** The identity to chat as: ?user=<id> when it is a plain id, Demo user otherwise. */
function chosenUser() {
  const requested = new URLSearchParams(location.search).get('user');
  if (!requested || requested === DEFAULT_USER.id) return DEFAULT_USER;
  if (USER_ID_PATTERN.test(requested)) return { id: requested, name: requested };
  showProblem('?user= takes letters, digits, dots, dashes and underscores only; chatting as demo-user instead.');
  return DEFAULT_USER;
}

/** The link to the other identity: the practitioner from the demo user, and back. */
function offerOtherUser(user) {
  const link = document.getElementById('switch-user');
  if (user.id === DEFAULT_USER.id) return;
  link.href = '/';
  link.textContent = 'Chat as the demo user, who has every board role';
  if (user.id === PRACTITIONER_ID) document.getElementById('user-id').after(', a practitioner without board roles.');
}

let problemsMarked = 0;

/**
 * Adaptive Cards draw the bot's "what to fix" under a field but do not tell assistive technology the field is invalid:
 * inputs beside a problem (a TextBlock with id "<field>.problem") or failing the card's own required check get
 * aria-invalid, and are described by the problem.
 */
function markInvalidInputs(root) {
  for (const problem of root.querySelectorAll('[id$=".problem"]')) {
    problemsMarked += 1;
    problem.id = `field-problem-${problemsMarked}`;
    const field = problem.closest('.ac-container') ?? problem.parentElement;
    for (const input of field.querySelectorAll('input, select, textarea')) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), problem.id].filter(Boolean).join(' '));
    }
  }
  for (const input of root.querySelectorAll('.ac-adaptiveCard :is(input, select, textarea)')) {
    if (input.classList.contains('ac-input-validation-failed')) input.setAttribute('aria-invalid', 'true');
    else if (input.getAttribute('aria-invalid') === 'true' && !input.getAttribute('aria-describedby')?.includes('field-problem-')) input.removeAttribute('aria-invalid');
  }
}

async function startChat() {
  if (!window.WebChat) throw new Error('Web Chat did not load from /webchat/webchat.js');
  const user = chosenUser();
  document.getElementById('user-id').textContent = user.id;
  offerOtherUser(user);

  const response = await fetch('/local/directline/tokens/generate', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user }),
  });
  if (!response.ok) throw new Error(`the local bridge answered HTTP ${response.status}`);
  const { token } = await response.json();

  const container = document.getElementById('webchat');
  const directLine = window.WebChat.createDirectLine({ domain: DIRECT_LINE_DOMAIN, token, webSocket: false });
  directLine.connectionStatus$.subscribe((status) => {
    if (status === CONVERSATION_ENDED) showProblem('This conversation has ended (the bot may have restarted). Reload the page to start a new one.');
  });
  window.WebChat.renderWebChat(
    {
      directLine,
      userID: user.id,
      username: user.name,
      locale: 'en-GB',
      overrideLocalizedStrings: { GLOBALIZE: window.ukGlobalize },
      styleOptions: {
        hideUploadButton: true,
        botAvatarInitials: 'SA',
        userAvatarInitials: 'You',
        accent: ACCENT,
        // Quick replies wrap onto lines instead of scrolling under a carousel arrow.
        suggestedActionLayout: 'flow',
        // The time a message was sent ("16:19"), rather than "Just now" turning into "Today".
        timestampFormat: 'absolute',
      },
    },
    container,
  );
  new window.MutationObserver(() => markInvalidInputs(container)).observe(container, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
}

startChat().catch((error) => {
  showProblem(`The chat could not start: ${error.message}. Is the bot running (npm start)?`);
});
