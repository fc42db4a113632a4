import { Public } from '@app/core';
import { Controller, Get, Res } from '@nestjs/common';
import { FastifyReply } from 'fastify';

/**
 * The tab icon, inline SVG: a gate (two posts and a lintel) in the explorer's blue. Browsers ask for
 * /favicon.ico on every page; without it each visit logs a 404. Modern browsers render an SVG served
 * there, and it needs no binary asset in the repository.
 */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
<rect width="32" height="32" rx="6" fill="#1f4e9c"/>
<path d="M7 25V11M25 25V11M5 9h22" stroke="#fff" stroke-width="3" stroke-linecap="round" fill="none"/>
<path d="M11 25l5-8 5 8" stroke="#f2b705" stroke-width="2.5" stroke-linejoin="round" fill="none"/>
</svg>
`;

@Controller()
export class FaviconController {
  @Public()
  @Get(['favicon.ico', 'favicon.svg'])
  favicon(@Res() reply: FastifyReply) {
    void reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(FAVICON_SVG);
  }
}
