// Resolves in a later task of the event loop, so that long work on either side of it does not add up to one long task.
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
