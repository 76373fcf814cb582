/* global window, document, location, fetch, URLSearchParams */
// Starts Bot Framework Web Chat against the local Direct Line bridge (polling, no web socket).

const DIRECT_LINE_DOMAIN = `${location.origin}/local/directline`;
const DEFAULT_USER = { id: 'demo-user', name: 'Demo user' };
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

async function startChat() {
  if (!window.WebChat) throw new Error('Web Chat did not load from /webchat/webchat.js');
  const user = chosenUser();
  document.getElementById('user-id').textContent = user.id;

  const response = await fetch('/local/directline/tokens/generate', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user }),
  });
  if (!response.ok) throw new Error(`the local bridge answered HTTP ${response.status}`);
  const { token } = await response.json();

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
      styleOptions: { hideUploadButton: true, botAvatarInitials: 'SA', userAvatarInitials: 'You' },
    },
    document.getElementById('webchat'),
  );
}

startChat().catch((error) => {
  showProblem(`The chat could not start: ${error.message}. Is the bot running (npm start)?`);
});
