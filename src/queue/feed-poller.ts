// One poll of one feed: a conditional GET (the ETag and Last-Modified remembered in queue_feeds from the
// last poll), then every item not queued before becomes a job. A local file (a saved feed, a list of URLs)
// is read whole each time; the queue's UNIQUE url keeps its items from being queued twice.
import { readFile } from "node:fs/promises";
import { fetchGuarded } from "../read/index.js";
import { decodeWhole } from "../read/read-whole-file.js";
import { problemReason } from "../read/read-problem.js";
import { feedLinks } from "./feed-links.js";
import type { JobQueue } from "./job-queue.js";

export interface PollOptions {
  allowPrivateAddresses?: boolean;
  fetchTimeoutMs?: number;
}

export type PollResult =
  | { feed: string; status: "unchanged" }
  | { feed: string; status: "read"; found: number; enqueued: number; skipped: number }
  | { feed: string; status: "failed"; reason: string };

export async function pollFeed(queue: JobQueue, feed: string, options: PollOptions = {}): Promise<PollResult> {
  const isUrl = /^https?:\/\//i.test(feed);
  const state = await queue.feedState(feed);
  let text: string;
  let next = { ...state };
  try {
    if (isUrl) {
      const fetched = await fetchGuarded(feed, {
        allowPrivateAddresses: options.allowPrivateAddresses, timeoutMs: options.fetchTimeoutMs,
        ifNoneMatch: state.etag, ifModifiedSince: state.lastModified,
      });
      if (fetched.status === 304) {
        await queue.recordPoll(state, "unchanged", 0);
        return { feed, status: "unchanged" };
      }
      next = { url: feed, etag: fetched.etag, lastModified: fetched.lastModified };
      const whole = decodeWhole(fetched.body, feed, {}, fetched.contentType);
      if ("reason" in whole) throw new Error(whole.reason === "empty file" ? "empty response" : whole.reason);
      text = whole.text;
    } else {
      text = await readFile(feed, "utf8");
    }
  } catch (error) {
    const reason = problemReason(error);
    await queue.recordPoll(state, `failed: ${reason}`, 0);
    return { feed, status: "failed", reason };
  }
  const links = feedLinks(feed, text);
  if ("reason" in links) {
    await queue.recordPoll(state, `failed: ${links.reason}`, 0);
    return { feed, status: "failed", reason: links.reason };
  }
  const enqueued = await queue.enqueue(links.jobs);
  // The validators are saved only after the items are queued: a poll that dies before is fetched whole again.
  await queue.recordPoll(next, "read", enqueued);
  return { feed, status: "read", found: links.jobs.length, enqueued, skipped: links.skipped };
}
