import { describe, expect, it } from 'vitest';
import { LOOKUP_ACTIONS, type LookupActionName } from '#domain/task/dataworks-actions';
import { createTestApp } from '../create-test-app.ts';
import { EMULATOR_DATA_SOURCE_PASSWORD } from '../emulator/demo-directory.ts';
import { DEMO_PROJECT_ID } from '../emulator/demo-project.ts';
import { FINANCE_PROJECT_ID } from '../emulator/workspace-seed.ts';
import { pickDataSourcesReply, pickImagesReply } from './reply-filters.ts';

// The lookups through `POST /api/dataworks/{Action}`: kept to the served workspace, and replies that can
// hold secrets rebuilt from picked fields.

type Json = Record<string, unknown>;

/** Each lookup with its workspace named: the served one, or another. */
const IN_PROJECT = (projectId: string): Record<LookupActionName, Json> => ({
  ListProjectMembers: { ProjectId: projectId },
  GetProjectMember: { ProjectId: projectId, UserId: '1107550004253538' },
  ListResourceGroups: { ProjectId: projectId, ResourceGroupTypes: ['CommonV2', 'ExclusiveScheduler'] },
  ListDataSources: { ProjectId: projectId, PageSize: 100 },
  ListImages: { ProjectIds: [projectId] },
  ListProjects: { Ids: [projectId] },
  GetProject: { Id: projectId },
});

describe('the lookups through the proxy', () => {
  it('answer for the served workspace', async () => {
    const { post } = createTestApp();
    for (const action of LOOKUP_ACTIONS) {
      const response = await post(action, IN_PROJECT(DEMO_PROJECT_ID)[action]);
      expect(response.status, `${action}: ${await response.clone().text()}`).toBe(200);
    }
  });

  it('refuse another workspace with 403 and send nothing', async () => {
    const { post, received } = createTestApp();
    const others: [LookupActionName, Json][] = [
      ...LOOKUP_ACTIONS.map((a) => [a, IN_PROJECT(FINANCE_PROJECT_ID)[a]] as [LookupActionName, Json]),
      ['ListImages', { ProjectIds: [DEMO_PROJECT_ID, FINANCE_PROJECT_ID] }],
      ['ListImages', { ProjectIds: [] }],
      ['ListProjects', { Ids: [DEMO_PROJECT_ID, FINANCE_PROJECT_ID] }],
    ];
    for (const [action, body] of others) {
      const response = await post(action, body);
      expect(response.status, `${action} ${JSON.stringify(body)}`).toBe(403);
      expect(await response.json()).toMatchObject({ Code: 'Forbidden.Project' });
    }
    expect(received.total).toBe(0);
  });

  it('fill in the served workspace when the request names none', async () => {
    const { post, received } = createTestApp();
    const members = (await (await post('ListProjectMembers', { PageSize: 1 })).json()) as Json;
    expect(members).toMatchObject({ PagingInfo: { TotalCount: 40 } });
    const projects = (await (await post('ListProjects', {})).json()) as { PagingInfo: { Projects: Json[] } };
    expect(projects.PagingInfo.Projects.map((p) => p.Id)).toEqual([DEMO_PROJECT_ID]);
    const project = (await (await post('GetProject', {})).json()) as Json;
    expect(project).toMatchObject({ Project: { Id: DEMO_PROJECT_ID, Name: 'retail_dw' } });
    expect(received.total).toBe(3);
  });

  it('hand on data sources with their environment but no connection property, and images without build details', async () => {
    const { post } = createTestApp();
    const response = await post('ListDataSources', { PageSize: 100 });
    const text = await response.text();
    expect(text).not.toContain(EMULATOR_DATA_SOURCE_PASSWORD);
    expect(text).not.toContain('username');
    const body = JSON.parse(text) as { PagingInfo: { TotalCount: number; DataSources: Json[] } };
    expect(body.PagingInfo.TotalCount).toBe(7);
    const mysql = body.PagingInfo.DataSources.find((d) => d.Name === 'mysql_orders')!;
    expect(mysql).toEqual({
      Name: 'mysql_orders',
      Type: 'mysql',
      DataSource: [
        expect.objectContaining({ ConnectionProperties: { envType: 'Dev' } }),
        expect.objectContaining({ ConnectionProperties: { envType: 'Prod' } }),
      ],
    });
    expect(Object.keys((mysql.DataSource as Json[])[0]!).sort()).toEqual(
      [
        'ConnectionProperties',
        'ConnectionPropertiesMode',
        'CreateTime',
        'CreateUser',
        'Description',
        'Id',
        'ModifyTime',
        'ModifyUser',
      ].sort(),
    );
    const images = (await (await post('ListImages', {})).json()) as { PagingInfo: { ImageList: Json[] } };
    expect(images.PagingInfo.ImageList.length).toBeGreaterThan(0);
    for (const image of images.PagingInfo.ImageList) {
      expect(image).not.toHaveProperty('ImageUri');
      expect(image).not.toHaveProperty('BuildConfig');
    }
  });
});

describe('the reply filters', () => {
  it('pick named fields only, so a secret in a field DataWorks adds later stays behind', () => {
    const secret = 'hunter2-added-later';
    const body = {
      RequestId: 'r',
      Unexpected: secret,
      PagingInfo: {
        PageNumber: 1,
        PageSize: 10,
        TotalCount: 1,
        Extra: secret,
        DataSources: [
          {
            Name: 'n',
            Type: 'mysql',
            Password: secret,
            DataSource: [
              {
                Id: '1',
                ConnectionProperties: { envType: 'Prod', password: secret, token: secret },
                QualifiedName: 'q',
                NewSecretField: secret,
              },
            ],
          },
        ],
        ImageList: [
          {
            Id: 'i',
            Name: 'n',
            BuildConfig: { PackageInstallationScripts: [{ Type: 'pip', Content: secret }] },
            Supported: { Module: 'Scheduler', TaskTypes: [], Token: secret },
          },
        ],
      },
    };
    const picked = JSON.stringify([pickDataSourcesReply(body), pickImagesReply(body)]);
    expect(picked).not.toContain(secret);
    expect(pickDataSourcesReply(body)).toEqual({
      RequestId: 'r',
      PagingInfo: {
        PageNumber: 1,
        PageSize: 10,
        TotalCount: 1,
        DataSources: [
          { Name: 'n', Type: 'mysql', DataSource: [{ Id: '1', ConnectionProperties: { envType: 'Prod' } }] },
        ],
      },
    });
    // Malformed replies give empty lists, not errors.
    expect(pickDataSourcesReply({ PagingInfo: { DataSources: 'x' } })).toEqual({
      PagingInfo: { DataSources: [] },
    });
  });
});
