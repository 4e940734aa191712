import { z } from 'zod';

/** One named log in a JSON match request (also the MCP match_logs input). */
export const LogInputSchema = z.object({
  name: z.string().trim().min(1).max(255).describe('File name, e.g. WindowsUpdate.log or SoftwareDistribution.log; helps to tell client from server logs'),
  content: z.string().describe('The log text as pasted or read from the file'),
});

export const MatchRequest = z.object({
  logs: z.array(LogInputSchema).min(1).max(20).describe('One or several logs of the same incident: client and server logs are correlated'),
});

const Point = z.object({ log: z.string(), line: z.number().int(), text: z.string() });

export const MatchResponse = z.object({
  matchId: z.string().optional().describe('Identifies this match: send feedback about it to POST /v1/feedback'),
  matches: z.array(z.object({
    article: z.object({ id: z.string(), title: z.string(), locale: z.string() }),
    score: z.number().min(0).max(1),
    confidence: z.enum(['high', 'medium', 'low']),
    evidence: z.array(Point.extend({
      signature: z.string(), pattern: z.string(), source: z.string(), weight: z.number(), decisive: z.boolean(),
      occurrences: z.number().int(), correlation: z.string().optional(),
    })),
    against: z.array(Point.extend({ reason: z.string() })),
    correlations: z.array(z.object({ id: z.string(), client: Point, server: Point, serverException: Point.optional(), agrees: z.boolean().optional() })),
    rules: z.array(z.object({ id: z.string(), description: z.string(), log: z.string(), line: z.number().int() })),
  })),
  stats: z.object({
    bytes: z.number().int(), lines: z.number().int(), ms: z.number(),
    logs: z.array(z.object({ name: z.string(), format: z.string(), source: z.string().optional(), bytes: z.number().int(), lines: z.number().int() })),
  }),
});
