/**
 * Launching the system Chromium for browser tests. Never downloads a browser: it uses
 * CHROME_PATH or /usr/bin/chromium and explains how to install one when neither exists.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Path of the Chromium to drive. */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it with "apt-get install -y chromium" (Debian/Ubuntu) or set CHROME_PATH to a Chromium/Chrome binary.`,
    );
  }
  return path;
}

export const baseUrl = (): string => inject('baseUrl');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** A persistent profile (real disk storage), for tests that relaunch the browser. */
export async function launchPersistent(
  dir: string,
  options: Parameters<typeof chromium.launchPersistentContext>[1] = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, { executablePath: chromiumPath(), args: CHROMIUM_ARGS, ...options });
}

export function tempProfileDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ideapaperi-profile-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Collects what must never happen during a test: page errors, console errors, requests to
 * any origin other than the app's own.
 */
export function watchPage(page: Page) {
  const problems: string[] = [];
  const origin = new URL(baseUrl()).origin;
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) problems.push(`foreign request: ${url}`);
  });
  return problems;
}

/** The browser, context and page of the current test, set up by usePageEachTest. */
export interface PageSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Page errors, console errors and foreign requests seen so far (must stay empty). */
  problems: string[];
}

/**
 * One Chromium per file and a fresh context and page per test, opened on the app (and, with
 * `ready`, brought to a starting point); every test ends by checking that no page error,
 * console error or request to another origin happened.
 */
/**
 * One browser for the test file. A test keeps its context in `session.context`; it is closed
 * after the test (also when the test fails).
 */
export function useBrowser(): { browser: Browser; context: BrowserContext | undefined } {
  const session = {} as { browser: Browser; context: BrowserContext | undefined };
  beforeAll(async () => {
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  afterEach(async () => {
    await session.context?.close();
    session.context = undefined;
  });
  return session;
}

export function usePageEachTest(
  options: Parameters<Browser['newContext']>[0] & { timeout?: number; ready?: (page: Page) => Promise<void> } = {},
): PageSession {
  const { timeout = 10_000, ready, ...contextOptions } = options;
  const s = {} as PageSession;
  beforeAll(async () => {
    s.browser = await launchBrowser();
  });
  afterAll(async () => {
    await s.browser?.close();
  });
  beforeEach(async () => {
    s.context = await s.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fi-FI', ...contextOptions });
    s.context.setDefaultTimeout(timeout);
    s.page = await s.context.newPage();
    s.problems = watchPage(s.page);
    await s.page.goto(baseUrl());
    await ready?.(s.page);
  });
  afterEach(async () => {
    await s.context?.close();
    expect(s.problems).toEqual([]);
  });
  return s;
}
