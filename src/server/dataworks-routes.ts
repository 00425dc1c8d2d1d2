import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { ACTIONS, isActionName, toValidationIssues } from '#domain/task/dataworks-actions';
import type { DataWorksClient } from './dataworks/dataworks-client.ts';

export interface DataWorksRoutesOptions {
  dataworks: Pick<DataWorksClient, 'send'>;
  projectId: string;
}

export const MAX_BODY_BYTES = 1024 * 1024;

/** Rejection in the proxy's contract shape: DataWorks' error fields plus `Issues` for validation. */
export function invalidParameter(message: string, issues: { path: string; message: string }[] = []) {
  return new HTTPException(400, {
    res: Response.json({ Code: 'InvalidParameter', Message: message, Issues: issues }, { status: 400 }),
  });
}

/** `POST /api/dataworks/{Action}`: validates against the action's schema, then signs and forwards. */
export function createDataWorksRoutes({ dataworks, projectId }: DataWorksRoutesOptions) {
  return new Hono().post(
    '/:action',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new HTTPException(413, {
          res: Response.json(
            { Code: 'PayloadTooLarge', Message: `The request body is larger than ${MAX_BODY_BYTES} bytes.` },
            { status: 413 },
          ),
        });
      },
    }),
    async (c) => {
      const action = c.req.param('action');
      if (!isActionName(action))
        throw new HTTPException(404, {
          res: Response.json(
            {
              Code: 'InvalidAction.NotFound',
              Message: `The action "${action}" is not one this editor may call. Allowed: ${Object.keys(ACTIONS).join(', ')}.`,
            },
            { status: 404 },
          ),
        });
      let input: unknown;
      try {
        input = await c.req.json();
      } catch {
        throw invalidParameter('The request body must be a JSON object of the action parameters.');
      }
      if (typeof input !== 'object' || input === null || Array.isArray(input))
        throw invalidParameter('The request body must be a JSON object of the action parameters.');
      const params = { ...(input as Record<string, unknown>) };
      if (action === 'ListTasks') {
        params.ProjectId ??= projectId;
        if (String(params.ProjectId) !== projectId)
          throw new HTTPException(403, {
            res: Response.json(
              { Code: 'Forbidden.Project', Message: `This editor serves project ${projectId} only.` },
              { status: 403 },
            ),
          });
      }
      const parsed = ACTIONS[action].schema.safeParse(params);
      if (!parsed.success) {
        const issues = toValidationIssues(parsed.error);
        throw invalidParameter(issues.map((i) => `${i.path || 'body'}: ${i.message}`).join('; '), issues);
      }
      const reply = await dataworks.send(action, parsed.data);
      return c.json(reply.body, reply.status as 200);
    },
  );
}
