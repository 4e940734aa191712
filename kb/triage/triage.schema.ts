import { z } from 'zod';

export const TriageRequest = z.object({
  subject: z.string().trim().max(500).default('').describe('Ticket subject'),
  description: z.string().max(50_000).default('').describe('Ticket description or first comment, as the customer wrote it'),
  attachments: z.array(z.object({
    name: z.string().trim().min(1).max(255).describe('File name, e.g. WindowsUpdate.log'),
    content: z.string().describe('File content as text (logs)'),
  })).max(10).default([]).describe('Log files attached to the ticket'),
  locale: z.string().max(20).optional().describe('Language of the internal note (pl-PL or en-US); by default the ticket\'s language'),
}).refine((t) => t.subject.trim() || t.description.trim() || t.attachments.length > 0, 'send a subject, a description or an attachment');
export type TriageRequest = z.input<typeof TriageRequest>;

export const TriageSuggestion = z.object({
  id: z.string(),
  title: z.string(),
  locale: z.string(),
  score: z.number().min(0).max(1),
  confidence: z.enum(['high', 'medium', 'low']),
  reasons: z.array(z.string()),
});

export const TriageResponse = z.object({
  triageId: z.string().describe('Report feedback ("resolved with article X") against this id'),
  suggestions: z.array(TriageSuggestion).describe('Best first; empty when the knowledge base has nothing for this ticket'),
  codes: z.array(z.string()).describe('Error codes found in the ticket, normalised'),
  note: z.object({ markdown: z.string() }).describe('A ready-to-post internal note for the agent'),
});
export type TriageResponse = z.infer<typeof TriageResponse>;
