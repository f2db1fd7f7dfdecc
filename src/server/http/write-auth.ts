// Write requests: refused unless the server was started in write mode and the request carries its token.
import { timingSafeEqual } from "node:crypto";
import { ForbiddenError, UnauthorizedError } from "../errors.ts";

export function authorizeWrite(token: string | undefined, header: string | undefined): true {
  if (!token)
    throw new ForbiddenError(
      "Refused: write mode is off. Start the server with --allow-write and EXPLORER_WRITE_TOKEN to allow writes.",
    );
  const given = Buffer.from(/^Bearer (.+)$/.exec(header ?? "")?.[1] ?? "");
  const expected = Buffer.from(token);
  // Constant-time comparison, so the token cannot be guessed from response times.
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw new UnauthorizedError("Write requests need the server's write token as `Authorization: Bearer <token>`.");
  return true;
}
