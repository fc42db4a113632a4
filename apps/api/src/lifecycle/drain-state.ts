import { Injectable } from '@nestjs/common';

/** Set at SIGTERM: /ready answers 503 from then on and responses ask clients to close keep-alive connections. */
@Injectable()
export class DrainState {
  draining = false;
}
