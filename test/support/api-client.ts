// A small HTTP client for API tests: sends raw or JSON requests and checks the error shape of 4xx answers.
import assert from "node:assert/strict";
import { ApiErrorSchema, type ApiError } from "../../src/shared/index.ts";

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

export function apiClient(baseUrl: () => string) {
  const send = async (
    method: string,
    path: string,
    body?: string,
    headers: Record<string, string> = { "content-type": "application/json" },
  ): Promise<Answer> => {
    const res = await fetch(new URL(path, baseUrl()), { method, ...(body === undefined ? {} : { body, headers }) });
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, json };
  };
  return {
    send,
    get: (path: string) => send("GET", path),
    post: (path: string, body: unknown) => send("POST", path, JSON.stringify(body)),
  };
}

/** A clear client error: a 4xx status (one of `statuses` when given) with the JSON error shape and a message. */
export function assertClientError(answer: Answer, what: string, statuses?: number[]): ApiError {
  assert.ok(
    answer.status >= 400 && answer.status < 500,
    `${what}: expected a 4xx, got ${answer.status} ${answer.text.slice(0, 300)}`,
  );
  if (statuses)
    assert.ok(
      statuses.includes(answer.status),
      `${what}: expected ${statuses.join(" or ")}, got ${answer.status} ${answer.text.slice(0, 300)}`,
    );
  const error = ApiErrorSchema.parse(answer.json);
  assert.ok(error.message.length > 0, what);
  return error;
}

export const encode = (params: Record<string, string>) => new URLSearchParams(params).toString();
