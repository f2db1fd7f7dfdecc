// The live sessions' WebSocket doors: /api/live/<id>/teach for the teacher's page, /api/live/<id>/follow for the class.
import fastifyWebsocket from "@fastify/websocket";
import type { FastifyInstance } from "fastify";
import { LiveParamsSchema } from "../../shared/index.ts";
import type { LiveHub } from "../live/index.ts";

/** A teacher's message is a step (a story of a few hops with its quotes): far below this. */
const MAX_MESSAGE_BYTES = 256 * 1024;

export async function registerLiveSockets(app: FastifyInstance, hub: LiveHub): Promise<void> {
  await app.register(fastifyWebsocket, { options: { maxPayload: MAX_MESSAGE_BYTES } });
  for (const role of ["teach", "follow"] as const) {
    app.get(`/api/live/:id/${role}`, { websocket: true }, (socket, request) => {
      const params = LiveParamsSchema.safeParse(request.params);
      if (!params.success) return socket.close(1008, "not a live session id");
      if (role === "teach") hub.attachTeacher(params.data.id, socket);
      else hub.attachFollower(params.data.id, socket);
    });
  }
  app.addHook("onClose", async () => hub.close());
}
