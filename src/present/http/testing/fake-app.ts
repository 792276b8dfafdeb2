// An app over the fake store and pipeline, seeded with the fixture articles, for API tests.
import type { Hono } from "hono";
import type { AppOptions } from "../app-options.js";
import { createApp } from "../create-app.js";
import { createFakePipeline } from "./fake-pipeline.js";
import { createFakeStore } from "./fake-store.js";
import { seedFixtures } from "./fixtures.js";

export async function fakeApp(options: Partial<AppOptions> = {}): Promise<{ app: Hono } & Pick<AppOptions, "store" | "pipeline">> {
  const store = options.store ?? createFakeStore();
  const pipeline = options.pipeline ?? createFakePipeline();
  await seedFixtures(store, pipeline);
  return { app: createApp({ ...options, store, pipeline }), store, pipeline };
}

/** GET a path and parse its JSON body. */
export async function getJson(app: Hono, path: string): Promise<{ status: number; body: any }> {
  const res = await app.request(path);
  return { status: res.status, body: await res.json() };
}

/** POST a JSON body (a string is sent as is, for malformed JSON tests). */
export async function postJson(app: Hono, path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const res = await app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}
