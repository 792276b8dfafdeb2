// Files read as streams of bytes or decoded text, so memory stays bounded whatever their size.
import { createReadStream } from "node:fs";
import iconv from "iconv-lite";
import { ByteProfile, type ByteVerdict, type TextEncoding } from "../byte-profile.js";

const CHUNK_BYTES = 1024 * 1024;

/** The file's bytes, chunk by chunk. */
export async function* streamBytes(file: string): AsyncGenerator<Buffer> {
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK_BYTES })) yield chunk as Buffer;
}

/** One pass over the file: binary or text, and in which encoding. */
export async function profileFile(file: string): Promise<ByteVerdict> {
  const profile = new ByteProfile();
  for await (const chunk of streamBytes(file)) profile.add(chunk);
  return profile.verdict();
}

/** The file decoded as `encoding`, chunk by chunk; sequences split between chunks are joined. */
export async function* streamText(file: string, encoding: TextEncoding): AsyncGenerator<string> {
  if (encoding === "utf-8") {
    const decoder = new TextDecoder("utf-8");
    for await (const chunk of streamBytes(file)) yield decoder.decode(chunk, { stream: true });
    yield decoder.decode();
    return;
  }
  const decoder = iconv.getDecoder(encoding);
  for await (const chunk of streamBytes(file)) yield decoder.write(chunk);
  yield decoder.end() ?? "";
}
