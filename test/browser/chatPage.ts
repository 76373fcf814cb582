import { existsSync } from 'node:fs';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

/** Debian's chromium package; the browser suites skip, saying so, where it is not installed. */
export const chromiumPath: string | undefined = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
export const CHROMIUM_MISSING_NOTE = 'Browser tests skipped: /usr/bin/chromium is not installed (apt-get install -y chromium).';

export function launchChromium(): Promise<Browser> {
  if (!chromiumPath) throw new Error(CHROMIUM_MISSING_NOTE);
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export type ChatPageOptions = { user?: string; forAudit?: boolean; viewport?: { width: number; height: number } };

const ACTIVITY = '.webchat__basic-transcript__activity';
const FROM_USER = '.webchat__stacked-layout--from-user';
const SEND_BOX = '[data-id="webchat-sendbox-input"]';
const CARD = '.ac-adaptiveCard';

/**
 * The local chat page in a browser tab, driven the way a person uses it: type, read the bot's replies, fill and
 * submit Adaptive Card forms. Card helpers act on the most recent card that has the field or button named.
 */
export class ChatPage {
  readonly page: Page;
  /** Script errors the page raised, to assert there were none. */
  readonly errors: string[] = [];

  private constructor(page: Page) {
    this.page = page;
    page.on('pageerror', (error) => this.errors.push(error.message));
  }

  /**
   * Opens the page (as `?user=<id>` when given) and waits until Web Chat is ready for typing. `forAudit` lets a test
   * add axe-core to the page, which its Content Security Policy otherwise (rightly) refuses.
   */
  static async open(browser: Browser, baseUrl: string, options: ChatPageOptions = {}): Promise<ChatPage> {
    const chat = new ChatPage(await browser.newPage({ bypassCSP: options.forAudit === true, ...(options.viewport && { viewport: options.viewport }) }));
    chat.page.setDefaultTimeout(20_000);
    // Web Chat's bundle is several megabytes: on a busy machine loading it (or reloading, as another user) takes a while.
    chat.page.setDefaultNavigationTimeout(60_000);
    const query = options.user ? `?user=${encodeURIComponent(options.user)}` : '';
    await chat.page.goto(`${baseUrl}/${query}`);
    await chat.page.locator(SEND_BOX).waitFor({ timeout: 60_000 });
    return chat;
  }

  async sendText(text: string): Promise<void> {
    const sendBox = this.page.locator(SEND_BOX);
    await sendBox.fill(text);
    await sendBox.press('Enter');
    await this.#userMessages().filter({ hasText: text }).last().waitFor();
  }

  /** Waits for a message from the bot containing the text (cards included) and returns it. */
  async waitForBotMessage(text: string | RegExp, timeoutMs = 15_000): Promise<Locator> {
    const message = this.#botMessages().filter({ hasText: text }).last();
    await message.waitFor({ timeout: timeoutMs });
    return message;
  }

  /** The text of every bot message on the page, oldest first. */
  async botMessageTexts(): Promise<string[]> {
    return this.#botMessages().allInnerTexts();
  }

  async fillCardInput(label: string, value: string): Promise<void> {
    await (await this.#cardField(label)).fill(value);
  }

  /** Picks a choice in a card's choice set, whether drawn as a drop-down or as radio buttons and check boxes. */
  async chooseCardOption(label: string, choice: string): Promise<void> {
    const field = await this.#cardField(label);
    if ((await field.evaluate((element) => element.tagName)) === 'SELECT') await field.selectOption({ label: choice });
    else await field.getByText(choice, { exact: true }).click();
  }

  async clickCardButton(title: string): Promise<void> {
    await this.#inLatestCard((scope) => scope.getByRole('button', { name: title, exact: true })).click();
  }

  async close(): Promise<void> {
    await this.page.close();
  }

  #botMessages(): Locator {
    return this.page.locator(ACTIVITY).filter({ hasNot: this.page.locator(FROM_USER) });
  }

  #userMessages(): Locator {
    return this.page.locator(ACTIVITY).filter({ has: this.page.locator(FROM_USER) });
  }

  /**
   * The input a card field label names, in the most recent card that has it. Adaptive Cards tie a field's label to
   * its input with `for`; a choice set's own options have labels too, which are not field labels.
   */
  async #cardField(label: string): Promise<Locator> {
    const labelText = new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?\\s*$`);
    const fieldLabel = this.page.locator(`${CARD} label:not(.ac-choiceSetInput-expanded label)`).filter({ hasText: labelText }).last();
    const fieldId = await fieldLabel.getAttribute('for');
    if (!fieldId) throw new Error(`The card label "${label}" is not tied to an input.`);
    return this.page.locator(`[id="${fieldId}"]`);
  }

  /** What `find` finds in the most recent card that has it. */
  #inLatestCard(find: (scope: Page | Locator) => Locator): Locator {
    return find(
      this.page
        .locator(CARD)
        .filter({ has: find(this.page) })
        .last(),
    );
  }
}
