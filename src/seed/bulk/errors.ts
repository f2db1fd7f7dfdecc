// A bulk load the database's state refuses: the data set is there already, or a previous load stopped part-way.
import { AppError } from "../../server/errors.ts";

export class BulkLoadError extends AppError {
  constructor(message: string, details?: unknown) {
    super("bulk_load", message, details);
  }
}
