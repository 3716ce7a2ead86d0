import type { Schema, Struct } from '@strapi/strapi';

export interface AdminApiToken extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_api_tokens';
  info: {
    description: '';
    displayName: 'Api Token';
    name: 'Api Token';
    pluralName: 'api-tokens';
    singularName: 'api-token';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    accessKey: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    adminPermissions: Schema.Attribute.Relation<
      'oneToMany',
      'admin::permission'
    >;
    adminUserOwner: Schema.Attribute.Relation<'manyToOne', 'admin::user'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }> &
      Schema.Attribute.DefaultTo<''>;
    encryptedKey: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    expiresAt: Schema.Attribute.DateTime;
    kind: Schema.Attribute.Enumeration<['content-api', 'admin']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'content-api'>;
    lastUsedAt: Schema.Attribute.DateTime;
    lifespan: Schema.Attribute.BigInteger;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::api-token'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    permissions: Schema.Attribute.Relation<
      'oneToMany',
      'admin::api-token-permission'
    >;
    publishedAt: Schema.Attribute.DateTime;
    type: Schema.Attribute.Enumeration<['read-only', 'full-access', 'custom']> &
      Schema.Attribute.DefaultTo<'read-only'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface AdminApiTokenPermission extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_api_token_permissions';
  info: {
    description: '';
    displayName: 'API Token Permission';
    name: 'API Token Permission';
    pluralName: 'api-token-permissions';
    singularName: 'api-token-permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'admin::api-token-permission'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    token: Schema.Attribute.Relation<'manyToOne', 'admin::api-token'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface AdminPermission extends Struct.CollectionTypeSchema {
  collectionName: 'admin_permissions';
  info: {
    description: '';
    displayName: 'Permission';
    name: 'Permission';
    pluralName: 'permissions';
    singularName: 'permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    actionParameters: Schema.Attribute.JSON & Schema.Attribute.DefaultTo<{}>;
    apiToken: Schema.Attribute.Relation<'manyToOne', 'admin::api-token'>;
    conditions: Schema.Attribute.JSON & Schema.Attribute.DefaultTo<[]>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::permission'> &
      Schema.Attribute.Private;
    properties: Schema.Attribute.JSON & Schema.Attribute.DefaultTo<{}>;
    publishedAt: Schema.Attribute.DateTime;
    role: Schema.Attribute.Relation<'manyToOne', 'admin::role'>;
    subject: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface AdminRole extends Struct.CollectionTypeSchema {
  collectionName: 'admin_roles';
  info: {
    description: '';
    displayName: 'Role';
    name: 'Role';
    pluralName: 'roles';
    singularName: 'role';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    code: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.String;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::role'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    permissions: Schema.Attribute.Relation<'oneToMany', 'admin::permission'>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    users: Schema.Attribute.Relation<'manyToMany', 'admin::user'>;
  };
}

export interface AdminSession extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_sessions';
  info: {
    description: 'Session Manager storage';
    displayName: 'Session';
    name: 'Session';
    pluralName: 'sessions';
    singularName: 'session';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
    i18n: {
      localized: false;
    };
  };
  attributes: {
    absoluteExpiresAt: Schema.Attribute.DateTime & Schema.Attribute.Private;
    childId: Schema.Attribute.String & Schema.Attribute.Private;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    deviceId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private;
    expiresAt: Schema.Attribute.DateTime &
      Schema.Attribute.Required &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::session'> &
      Schema.Attribute.Private;
    metadata: Schema.Attribute.JSON & Schema.Attribute.Private;
    origin: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    sessionId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.Unique;
    status: Schema.Attribute.String & Schema.Attribute.Private;
    type: Schema.Attribute.String & Schema.Attribute.Private;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    userId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private;
  };
}

export interface AdminTransferToken extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_transfer_tokens';
  info: {
    description: '';
    displayName: 'Transfer Token';
    name: 'Transfer Token';
    pluralName: 'transfer-tokens';
    singularName: 'transfer-token';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    accessKey: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }> &
      Schema.Attribute.DefaultTo<''>;
    expiresAt: Schema.Attribute.DateTime;
    lastUsedAt: Schema.Attribute.DateTime;
    lifespan: Schema.Attribute.BigInteger;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'admin::transfer-token'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    permissions: Schema.Attribute.Relation<
      'oneToMany',
      'admin::transfer-token-permission'
    >;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface AdminTransferTokenPermission
  extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_transfer_token_permissions';
  info: {
    description: '';
    displayName: 'Transfer Token Permission';
    name: 'Transfer Token Permission';
    pluralName: 'transfer-token-permissions';
    singularName: 'transfer-token-permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'admin::transfer-token-permission'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    token: Schema.Attribute.Relation<'manyToOne', 'admin::transfer-token'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface AdminUser extends Struct.CollectionTypeSchema {
  collectionName: 'admin_users';
  info: {
    description: '';
    displayName: 'User';
    name: 'User';
    pluralName: 'users';
    singularName: 'user';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    apiTokens: Schema.Attribute.Relation<'oneToMany', 'admin::api-token'> &
      Schema.Attribute.Private;
    blocked: Schema.Attribute.Boolean &
      Schema.Attribute.Private &
      Schema.Attribute.DefaultTo<false>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    email: Schema.Attribute.Email &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    firstname: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    isActive: Schema.Attribute.Boolean &
      Schema.Attribute.Private &
      Schema.Attribute.DefaultTo<false>;
    lastname: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::user'> &
      Schema.Attribute.Private;
    password: Schema.Attribute.Password &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    preferedLanguage: Schema.Attribute.String;
    publishedAt: Schema.Attribute.DateTime;
    registrationToken: Schema.Attribute.String & Schema.Attribute.Private;
    resetPasswordToken: Schema.Attribute.String & Schema.Attribute.Private;
    resetPasswordTokenExpiresAt: Schema.Attribute.DateTime &
      Schema.Attribute.Private;
    roles: Schema.Attribute.Relation<'manyToMany', 'admin::role'> &
      Schema.Attribute.Private;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    username: Schema.Attribute.String;
  };
}

export interface ApiArticleArticle extends Struct.CollectionTypeSchema {
  collectionName: 'articles';
  info: {
    description: "A news story about the district's pioneer activities";
    displayName: '\u65B0\u95FB\u52A8\u6001';
    pluralName: 'articles';
    singularName: 'article';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    editor: {
      defaultSort: 'publishedOn:DESC';
      listColumns: ['title', 'category', 'school', 'publishedOn'];
    };
    roles: {
      'strapi-author': {
        actions: ['create', 'read', 'update', 'delete'];
        own: true;
      };
      'strapi-editor': {
        actions: ['create', 'read', 'update', 'delete', 'publish'];
      };
    };
    site: {
      previewable: true;
      route: 'news';
    };
  };
  attributes: {
    author: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u4F5C\u8005 / \u4F9B\u7A3F';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    body: Schema.Attribute.Blocks &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u6B63\u6587';
        };
      }>;
    category: Schema.Attribute.Relation<'manyToOne', 'api::category.category'> &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u680F\u76EE';
        };
      }>;
    cover: Schema.Attribute.Media<'images'> &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u6A2A\u56FE\uFF0C\u5EFA\u8BAE 1200\u00D7675\uFF1B\u8BF7\u5728\u5A92\u4F53\u5E93\u586B\u5199\u56FE\u7247\u8BF4\u660E\uFF08\u66FF\u4EE3\u6587\u5B57\uFF09';
          label: '\u5C01\u9762\u56FE';
        };
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    formerSlugs: Schema.Attribute.JSON &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u7531\u7CFB\u7EDF\u586B\u5199\uFF1A\u6539\u8FC7\u7F51\u5740\u540D\u540E\uFF0C\u65E7\u5730\u5740\u81EA\u52A8\u8DF3\u8F6C\u5230\u65B0\u5730\u5740';
          label: '\u66FE\u7528\u7F51\u5740\u540D';
          readOnly: true;
        };
        site: {
          json: 'strings';
        };
      }>;
    gallery: Schema.Attribute.Media<'images', true> &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u542B\u672A\u6210\u5E74\u4EBA\u6B63\u8138\u7684\u7167\u7247\u987B\u5DF2\u53D6\u5F97\u76D1\u62A4\u4EBA\u540C\u610F';
          label: '\u6D3B\u52A8\u56FE\u96C6';
        };
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::article.article'
    > &
      Schema.Attribute.Private;
    publishAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u4FDD\u5B58\u4E3A\u8349\u7A3F\u5E76\u586B\u5199\u65F6\u95F4\uFF0C\u5230\u65F6\u81EA\u52A8\u53D1\u5E03\uFF1B\u7559\u7A7A\u5219\u624B\u52A8\u53D1\u5E03';
          label: '\u5B9A\u65F6\u53D1\u5E03';
        };
        site: {
          public: false;
        };
      }>;
    publishedAt: Schema.Attribute.DateTime;
    publishedOn: Schema.Attribute.Date &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u8BFB\u8005\u770B\u5230\u7684\u65E5\u671F\uFF0C\u901A\u5E38\u662F\u6D3B\u52A8\u62A5\u9053\u65E5\u671F';
          label: '\u53D1\u5E03\u65F6\u95F4';
        };
      }>;
    scheduledBy: Schema.Attribute.Integer &
      Schema.Attribute.Private &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: 'Admin user who set the schedule, recorded by the CMS (api/article/schedule.ts); the schedule runs only while they may publish';
        };
      }>;
    school: Schema.Attribute.Relation<'manyToOne', 'api::school.school'> &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u5168\u533A\u6027\u6D3B\u52A8\u53EF\u4E0D\u586B';
          label: '\u76F8\u5173\u5B66\u6821';
        };
      }>;
    seo: Schema.Attribute.Component<'shared.seo', false> &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u641C\u7D22\u4E0E\u5206\u4EAB';
        };
      }>;
    slug: Schema.Attribute.UID<'title'> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u65B0\u5EFA\u65F6\u968F\u6807\u9898\u751F\u6210\u62FC\u97F3\uFF0C\u6539\u4E86\u6807\u9898\u53EF\u70B9\u201C\u91CD\u65B0\u751F\u6210\u201D\uFF1B\u82F1\u6587\u6216\u62FC\u97F3\uFF0C\u5982 2024-ruduiyishi\uFF1B\u53D1\u5E03\u540E\u4E0D\u8981\u4FEE\u6539';
          label: '\u7F51\u5740\u540D';
        };
      }>;
    source: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u5982 \u56E2\u533A\u59D4\u3001\u00D7\u533A\u5B9E\u9A8C\u5C0F\u5B66\u5927\u961F\u90E8';
          label: '\u6765\u6E90';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    summary: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u5217\u8868\u548C\u5206\u4EAB\u5361\u7247\u4E0A\u663E\u793A\uFF0C200 \u5B57\u4EE5\u5185';
          label: '\u6458\u8981';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    tags: Schema.Attribute.Relation<'manyToMany', 'api::tag.tag'> &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u6807\u7B7E';
        };
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u6807\u9898';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    unpublishAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u5230\u65F6\u81EA\u52A8\u64A4\u4E0B\uFF08\u5982\u9650\u65F6\u901A\u77E5\uFF09\uFF1B\u7559\u7A7A\u5219\u4E00\u76F4\u5728\u7EBF';
          label: '\u5B9A\u65F6\u4E0B\u7EBF';
        };
        site: {
          public: false;
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiAwardAward extends Struct.CollectionTypeSchema {
  collectionName: 'awards';
  info: {
    description: 'An award list (\u5149\u8363\u699C) published by an issuing body';
    displayName: '\u8BC4\u9009\u8868\u5F70';
    pluralName: 'awards';
    singularName: 'award';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    editor: {
      defaultSort: 'year:DESC';
      listColumns: ['title', 'year', 'level', 'category'];
    };
    roles: {
      'hlj-privacy-manager': {
        actions: ['read'];
      };
      'strapi-author': {
        actions: ['create', 'read', 'update', 'delete'];
        own: true;
      };
      'strapi-editor': {
        actions: ['create', 'read', 'update', 'delete', 'publish'];
      };
    };
    site: {
      previewable: true;
      route: 'honors';
    };
  };
  attributes: {
    announcedOn: Schema.Attribute.Date &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u53D1\u6587\u65E5\u671F';
        };
      }>;
    category: Schema.Attribute.Enumeration<
      [
        'outstanding-pupil',
        'outstanding-counselor',
        'outstanding-collective',
        'other',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          enumLabels: {
            other: '\u5176\u4ED6\u8868\u5F70';
            'outstanding-collective': '\u4F18\u79C0\u5C11\u5148\u961F\u96C6\u4F53';
            'outstanding-counselor': '\u4F18\u79C0\u5C11\u5148\u961F\u8F85\u5BFC\u5458';
            'outstanding-pupil': '\u4F18\u79C0\u5C11\u5148\u961F\u5458';
          };
          label: '\u7C7B\u522B';
        };
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    decisionDocument: Schema.Attribute.Media<'files'> &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u516C\u5F00\u7248\u672C\uFF0C\u4E0D\u5F97\u542B\u5B66\u751F\u8EAB\u4EFD\u8BC1\u53F7\u3001\u7535\u8BDD\u7B49';
          label: '\u8868\u5F70\u51B3\u5B9A\uFF08PDF\uFF09';
        };
      }>;
    description: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u8BF4\u660E';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    documentNumber: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u5982 \u00D7\u56E2\u533A\u53D1\u30142023\u301512\u53F7';
          label: '\u6587\u53F7';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    formerSlugs: Schema.Attribute.JSON &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u7531\u7CFB\u7EDF\u586B\u5199\uFF1A\u6539\u8FC7\u7F51\u5740\u540D\u540E\uFF0C\u65E7\u5730\u5740\u81EA\u52A8\u8DF3\u8F6C\u5230\u65B0\u5730\u5740';
          label: '\u66FE\u7528\u7F51\u5740\u540D';
          readOnly: true;
        };
        site: {
          json: 'strings';
        };
      }>;
    issuer: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u5982 \u5171\u9752\u56E2\u00D7\u533A\u59D4 \u00D7\u533A\u5C11\u5DE5\u59D4';
          label: '\u8868\u5F70\u5355\u4F4D';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    level: Schema.Attribute.Enumeration<
      ['national', 'provincial', 'municipal', 'district', 'school']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          enumLabels: {
            district: '\u533A\u7EA7';
            municipal: '\u5E02\u7EA7';
            national: '\u5168\u56FD';
            provincial: '\u7701\u7EA7';
            school: '\u6821\u7EA7';
          };
          label: '\u7EA7\u522B';
        };
      }> &
      Schema.Attribute.DefaultTo<'district'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::award.award'> &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    recipients: Schema.Attribute.Component<'award.recipient', true> &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u6309\u5B66\u6821\u5F55\u5165\uFF1B\u4E2A\u4EBA\u5173\u8054\u699C\u6837\u6863\u6848\u540E\u4F1A\u5728\u5149\u8363\u699C\u4E0A\u94FE\u63A5';
          label: '\u83B7\u5956\u540D\u5355';
        };
      }>;
    slug: Schema.Attribute.UID<'title'> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u65B0\u5EFA\u65F6\u968F\u6807\u9898\u751F\u6210\u62FC\u97F3\uFF0C\u6539\u4E86\u6807\u9898\u53EF\u70B9\u201C\u91CD\u65B0\u751F\u6210\u201D\uFF1B\u5982 2023-district-outstanding-pupils\uFF1B\u53D1\u5E03\u540E\u4E0D\u8981\u4FEE\u6539';
          label: '\u7F51\u5740\u540D';
        };
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u5982 2023\u5E74\u5EA6\u00D7\u533A\u4F18\u79C0\u5C11\u5148\u961F\u5458';
          label: '\u8868\u5F70\u540D\u79F0';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    year: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u5E74\u5EA6';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 1949;
        },
        number
      >;
  };
}

export interface ApiCategoryCategory extends Struct.CollectionTypeSchema {
  collectionName: 'categories';
  info: {
    description: 'News section, e.g. \u4E3B\u9898\u6559\u80B2, \u5165\u961F\u4EEA\u5F0F';
    displayName: '\u65B0\u95FB\u680F\u76EE';
    pluralName: 'categories';
    singularName: 'category';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    editor: {
      listColumns: ['name', 'slug'];
    };
    roles: {
      'strapi-author': {
        actions: ['read'];
      };
      'strapi-editor': {
        actions: ['create', 'read', 'update', 'delete', 'publish'];
      };
    };
    site: {
      lists: 'articles';
      route: 'news/category';
    };
  };
  attributes: {
    articles: Schema.Attribute.Relation<'oneToMany', 'api::article.article'> &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u680F\u76EE\u65B0\u95FB';
        };
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::category.category'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u680F\u76EE\u540D\u79F0';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 30;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    slug: Schema.Attribute.UID<'name'> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u65B0\u5EFA\u65F6\u968F\u6807\u9898\u751F\u6210\u62FC\u97F3\uFF0C\u6539\u4E86\u6807\u9898\u53EF\u70B9\u201C\u91CD\u65B0\u751F\u6210\u201D\uFF1B\u82F1\u6587\u6216\u62FC\u97F3\uFF0C\u53D1\u5E03\u540E\u4E0D\u8981\u4FEE\u6539';
          label: '\u7F51\u5740\u540D';
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiHomepageHomepage extends Struct.SingleTypeSchema {
  collectionName: 'homepages';
  info: {
    description: 'What the home page features';
    displayName: '\u9996\u9875';
    pluralName: 'homepages';
    singularName: 'homepage';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    roles: {
      'strapi-editor': {
        actions: ['create', 'read', 'update', 'delete', 'publish'];
      };
    };
    site: {};
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    featuredArticles: Schema.Attribute.Relation<
      'oneToMany',
      'api::article.article'
    > &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u63A8\u8350\u65B0\u95FB';
        };
      }>;
    featuredLessons: Schema.Attribute.Relation<
      'oneToMany',
      'api::lesson.lesson'
    > &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u63A8\u8350\u793A\u8303\u8BFE';
        };
      }>;
    featuredRoleModels: Schema.Attribute.Relation<
      'oneToMany',
      'api::role-model.role-model'
    > &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u63A8\u8350\u699C\u6837';
        };
      }>;
    heroText: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u5BFC\u8BED';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    heroTitle: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u4E3B\u6807\u9898';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::homepage.homepage'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiLessonLesson extends Struct.CollectionTypeSchema {
  collectionName: 'lessons';
  info: {
    description: 'A recorded \u5C11\u5148\u961F\u6D3B\u52A8\u8BFE demonstration or high-quality lesson';
    displayName: '\u793A\u8303\u8BFE';
    pluralName: 'lessons';
    singularName: 'lesson';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    editor: {
      defaultSort: 'year:DESC';
      listColumns: ['title', 'school', 'gradeBand', 'recognition', 'year'];
    };
    roles: {
      'strapi-author': {
        actions: ['create', 'read', 'update', 'delete'];
        own: true;
      };
      'strapi-editor': {
        actions: ['create', 'read', 'update', 'delete', 'publish'];
      };
    };
    site: {
      previewable: true;
      route: 'lessons';
    };
  };
  attributes: {
    captions: Schema.Attribute.Media<'files'> &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '.vtt \u6587\u4EF6\uFF0C\u4FBF\u4E8E\u542C\u969C\u8F85\u5BFC\u5458\u548C\u9759\u97F3\u89C2\u770B';
          label: '\u4E2D\u6587\u5B57\u5E55\uFF08WebVTT\uFF09';
        };
      }>;
    chapters: Schema.Attribute.Component<'lesson.chapter', true> &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u6309\u65F6\u95F4\u987A\u5E8F\u586B\u5199\uFF0C\u8F85\u5BFC\u5458\u53EF\u8DF3\u8F6C\u5230\u5BF9\u5E94\u73AF\u8282';
          label: '\u7AE0\u8282';
        };
      }>;
    counselor: Schema.Attribute.Component<'lesson.counselor', false> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u6267\u6559\u8F85\u5BFC\u5458';
        };
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.Blocks &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u8BFE\u7A0B\u8BF4\u660E';
        };
      }>;
    durationSeconds: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u89C6\u9891\u7684\u957F\u5EA6\uFF0C\u5982 42:15';
          input: 'minutes-seconds';
          label: '\u65F6\u957F\uFF08\u5206:\u79D2\uFF09';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 1;
        },
        number
      >;
    formerSlugs: Schema.Attribute.JSON &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u7531\u7CFB\u7EDF\u586B\u5199\uFF1A\u6539\u8FC7\u7F51\u5740\u540D\u540E\uFF0C\u65E7\u5730\u5740\u81EA\u52A8\u8DF3\u8F6C\u5230\u65B0\u5730\u5740';
          label: '\u66FE\u7528\u7F51\u5740\u540D';
          readOnly: true;
        };
        site: {
          json: 'strings';
        };
      }>;
    gradeBand: Schema.Attribute.Enumeration<
      ['lower', 'middle', 'upper', 'junior_high']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          enumLabels: {
            junior_high: '\u521D\u4E2D';
            lower: '\u4F4E\u5E74\u7EA7';
            middle: '\u4E2D\u5E74\u7EA7';
            upper: '\u9AD8\u5E74\u7EA7';
          };
          label: '\u5B66\u6BB5';
        };
      }>;
    lessonPlan: Schema.Attribute.Media<'files'> &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u6559\u6848\uFF08PDF / DOCX\uFF09';
        };
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::lesson.lesson'
    > &
      Schema.Attribute.Private;
    poster: Schema.Attribute.Media<'images'> &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u89C6\u9891\u5C01\u9762';
        };
      }>;
    publishedAt: Schema.Attribute.DateTime;
    recognition: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u5982 \u5E02\u7EA7\u793A\u8303\u8BFE\u3001\u533A\u7EA7\u4F18\u8D28\u8BFE';
          label: '\u8BC4\u9009\u7ED3\u679C';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 30;
      }>;
    school: Schema.Attribute.Relation<'manyToOne', 'api::school.school'> &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u5B66\u6821';
        };
      }>;
    slug: Schema.Attribute.UID<'title'> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u65B0\u5EFA\u65F6\u968F\u6807\u9898\u751F\u6210\u62FC\u97F3\uFF0C\u6539\u4E86\u6807\u9898\u53EF\u70B9\u201C\u91CD\u65B0\u751F\u6210\u201D\uFF1B\u82F1\u6587\u6216\u62FC\u97F3\uFF1B\u53D1\u5E03\u540E\u4E0D\u8981\u4FEE\u6539';
          label: '\u7F51\u5740\u540D';
        };
      }>;
    summary: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u8BFE\u7A0B\u76EE\u6807\u548C\u4EAE\u70B9\uFF0C200 \u5B57\u4EE5\u5185';
          label: '\u7B80\u4ECB';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    themes: Schema.Attribute.Relation<'manyToMany', 'api::tag.tag'> &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u4E3B\u9898';
        };
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u8BFE\u9898';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    video: Schema.Attribute.Media<'videos'> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: 'MP4\uFF08H.264\uFF09\u6216 WebM';
          label: '\u8BFE\u5802\u89C6\u9891';
        };
      }>;
    year: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u5E74\u5EA6';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 2000;
        },
        number
      >;
  };
}

export interface ApiPrivacyLogPrivacyLog extends Struct.CollectionTypeSchema {
  collectionName: 'privacy_logs';
  info: {
    description: 'Private audit log of erasures: what was removed and when. Never public.';
    displayName: '\u9690\u79C1\u64CD\u4F5C\u8BB0\u5F55';
    pluralName: 'privacy-logs';
    singularName: 'privacy-log';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    editor: {
      defaultSort: 'performedAt:DESC';
      listColumns: ['action', 'subject', 'performedAt'];
    };
    roles: {
      'hlj-privacy-manager': {
        actions: ['read'];
      };
    };
  };
  attributes: {
    action: Schema.Attribute.Enumeration<['erasure']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          enumLabels: {
            erasure: '\u5E94\u8981\u6C42\u5220\u9664\u4E2A\u4EBA\u4FE1\u606F';
          };
          label: '\u64CD\u4F5C';
        };
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    details: Schema.Attribute.JSON &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u5220\u9664\u7684\u7167\u7247\u6587\u4EF6\u3001\u9690\u53BB\u59D3\u540D\u7684\u8868\u5F70\u540D\u5355';
          label: '\u5220\u9664\u5185\u5BB9';
        };
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::privacy-log.privacy-log'
    > &
      Schema.Attribute.Private;
    performedAt: Schema.Attribute.DateTime &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u65F6\u95F4';
        };
      }>;
    publishedAt: Schema.Attribute.DateTime;
    subject: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u88AB\u5220\u9664\u6863\u6848\u7684\u7F51\u5740\u540D\u548C\u7C7B\u522B';
          label: '\u5BF9\u8C61';
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiRoleModelRoleModel extends Struct.CollectionTypeSchema {
  collectionName: 'role_models';
  info: {
    description: 'Profile of an outstanding pupil, counselor or collective';
    displayName: '\u699C\u6837';
    pluralName: 'role-models';
    singularName: 'role-model';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    editor: {
      listColumns: [
        'name',
        'kind',
        'school',
        'headline',
        'isMinor',
        'consentStatus',
      ];
    };
    roles: {
      'hlj-privacy-manager': {
        actions: ['read', 'update', 'delete'];
        readOnly: ['consentStatus'];
      };
      'strapi-author': {
        actions: ['create', 'read', 'update'];
        hidden: ['guardianConsent'];
        own: true;
        readOnly: ['consentStatus'];
      };
      'strapi-editor': {
        actions: ['create', 'read', 'update', 'publish'];
        hidden: ['guardianConsent'];
        readOnly: ['consentStatus'];
      };
    };
    site: {
      previewable: true;
      route: 'role-models';
    };
  };
  attributes: {
    consentStatus: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u7531\u7CFB\u7EDF\u6839\u636E\u76D1\u62A4\u4EBA\u540C\u610F\u81EA\u52A8\u586B\u5199\uFF1B\u540C\u610F\u4E66\u7531\u9690\u79C1\u7BA1\u7406\u5458\u767B\u8BB0';
          label: '\u76D1\u62A4\u4EBA\u540C\u610F\u72B6\u6001';
          readOnly: true;
        };
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    formerSlugs: Schema.Attribute.JSON &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u7531\u7CFB\u7EDF\u586B\u5199\uFF1A\u6539\u8FC7\u7F51\u5740\u540D\u540E\uFF0C\u65E7\u5730\u5740\u81EA\u52A8\u8DF3\u8F6C\u5230\u65B0\u5730\u5740';
          label: '\u66FE\u7528\u7F51\u5740\u540D';
          readOnly: true;
        };
        site: {
          json: 'strings';
        };
      }>;
    guardianConsent: Schema.Attribute.Component<
      'privacy.guardian-consent',
      false
    > &
      Schema.Attribute.Private &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u4EC5\u540E\u53F0\u53EF\u89C1\uFF1B\u96C6\u4F53\u6863\u6848\u7531\u5B66\u6821\u5927\u961F\u90E8\u4EE3\u4E3A\u767B\u8BB0';
          label: '\u76D1\u62A4\u4EBA\u540C\u610F\uFF08\u4E0D\u516C\u5F00\uFF09';
        };
      }>;
    headline: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u5982 \u65B0\u65F6\u4EE3\u597D\u5C11\u5E74\u3001\u4F18\u79C0\u5C11\u5148\u961F\u8F85\u5BFC\u5458';
          label: '\u8363\u8A89\u79F0\u53F7';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    isMinor: Schema.Attribute.Boolean &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u5C11\u5148\u961F\u5458\u8BF7\u4FDD\u6301\u52FE\u9009\uFF08\u53D1\u5E03\u987B\u6709\u6709\u6548\u7684\u76D1\u62A4\u4EBA\u540C\u610F\uFF09\uFF1B\u4E0D\u70B9\u540D\u4EFB\u4F55\u961F\u5458\u7684\u96C6\u4F53\u6863\u6848\u53EF\u4E0D\u52FE\u9009';
          label: '\u672A\u6210\u5E74\u4EBA';
        };
        site: {
          public: false;
        };
      }> &
      Schema.Attribute.DefaultTo<true>;
    kind: Schema.Attribute.Enumeration<['pupil', 'counselor', 'collective']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          enumLabels: {
            collective: '\u5C11\u5148\u961F\u96C6\u4F53';
            counselor: '\u8F85\u5BFC\u5458';
            pupil: '\u5C11\u5148\u961F\u5458';
          };
          label: '\u7C7B\u522B';
        };
      }> &
      Schema.Attribute.DefaultTo<'pupil'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::role-model.role-model'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u59D3\u540D / \u96C6\u4F53\u540D\u79F0';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    photo: Schema.Attribute.Media<'images'> &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u672A\u6210\u5E74\u4EBA\u987B\u6709\u76D1\u62A4\u4EBA\u540C\u610F\uFF08\u540C\u610F\u8303\u56F4\u542B\u7167\u7247\uFF09\u624D\u80FD\u53D1\u5E03\u7167\u7247';
          label: '\u7167\u7247';
        };
      }>;
    publishedAt: Schema.Attribute.DateTime;
    school: Schema.Attribute.Relation<'manyToOne', 'api::school.school'> &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u5B66\u6821';
        };
      }>;
    slug: Schema.Attribute.UID<'name'> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u65B0\u5EFA\u65F6\u968F\u6807\u9898\u751F\u6210\u62FC\u97F3\uFF0C\u6539\u4E86\u6807\u9898\u53EF\u70B9\u201C\u91CD\u65B0\u751F\u6210\u201D\uFF1B\u62FC\u97F3\u6216\u82F1\u6587\uFF0C\u5982 wang-xiaoyu\uFF1B\u53D1\u5E03\u540E\u4E0D\u8981\u4FEE\u6539';
          label: '\u7F51\u5740\u540D';
        };
      }>;
    story: Schema.Attribute.Blocks &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u4E0D\u8981\u5199\u51FA\u751F\u65E5\u671F\u3001\u4F4F\u5740\u3001\u7535\u8BDD\u3001\u8EAB\u4EFD\u8BC1\u53F7\u7B49\u4E2A\u4EBA\u4FE1\u606F';
          label: '\u4E8B\u8FF9';
        };
      }>;
    summary: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u5217\u8868\u5361\u7247\u4E0A\u663E\u793A';
          label: '\u4E00\u53E5\u8BDD\u4E8B\u8FF9';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    unit: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u5982 \u4E94\u5E74\u7EA7(2)\u4E2D\u961F\u3001\u5927\u961F\u90E8';
          label: '\u4E2D\u961F / \u5927\u961F';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiSchoolSchool extends Struct.CollectionTypeSchema {
  collectionName: 'schools';
  info: {
    description: 'A school (\u5927\u961F) in the district';
    displayName: '\u5B66\u6821';
    pluralName: 'schools';
    singularName: 'school';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    editor: {
      listColumns: ['name', 'kind', 'slug'];
    };
    roles: {
      'hlj-privacy-manager': {
        actions: ['read'];
      };
      'strapi-author': {
        actions: ['read'];
      };
      'strapi-editor': {
        actions: ['create', 'read', 'update', 'delete', 'publish'];
      };
    };
    site: {
      previewable: true;
      route: 'schools';
    };
  };
  attributes: {
    articles: Schema.Attribute.Relation<'oneToMany', 'api::article.article'> &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u672C\u6821\u65B0\u95FB';
        };
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    formerSlugs: Schema.Attribute.JSON &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u7531\u7CFB\u7EDF\u586B\u5199\uFF1A\u6539\u8FC7\u7F51\u5740\u540D\u540E\uFF0C\u65E7\u5730\u5740\u81EA\u52A8\u8DF3\u8F6C\u5230\u65B0\u5730\u5740';
          label: '\u66FE\u7528\u7F51\u5740\u540D';
          readOnly: true;
        };
        site: {
          json: 'strings';
        };
      }>;
    intro: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u5C11\u5148\u961F\u5DE5\u4F5C\u7279\u8272\uFF0C\u51E0\u53E5\u8BDD\u5373\u53EF';
          label: '\u5B66\u6821\u7B80\u4ECB';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    kind: Schema.Attribute.Enumeration<
      ['primary', 'junior_high', 'nine_year', 'other']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          enumLabels: {
            junior_high: '\u521D\u4E2D';
            nine_year: '\u4E5D\u5E74\u4E00\u8D2F\u5236';
            other: '\u5176\u4ED6';
            primary: '\u5C0F\u5B66';
          };
          label: '\u5B66\u6BB5';
        };
      }> &
      Schema.Attribute.DefaultTo<'primary'>;
    lessons: Schema.Attribute.Relation<'oneToMany', 'api::lesson.lesson'> &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u672C\u6821\u793A\u8303\u8BFE';
        };
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::school.school'
    > &
      Schema.Attribute.Private;
    logo: Schema.Attribute.Media<'images'> &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u6821\u5FBD / \u961F\u5FBD';
        };
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u5168\u79F0\uFF0C\u5982\u201C\u00D7\u533A\u5B9E\u9A8C\u5C0F\u5B66\u201D';
          label: '\u5B66\u6821\u540D\u79F0';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    roleModels: Schema.Attribute.Relation<
      'oneToMany',
      'api::role-model.role-model'
    > &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u672C\u6821\u699C\u6837';
        };
      }>;
    slug: Schema.Attribute.UID<'name'> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u65B0\u5EFA\u65F6\u968F\u6807\u9898\u751F\u6210\u62FC\u97F3\uFF0C\u6539\u4E86\u6807\u9898\u53EF\u70B9\u201C\u91CD\u65B0\u751F\u6210\u201D\uFF1B\u7528\u4E8E\u7F51\u5740\u7684\u82F1\u6587\u6216\u62FC\u97F3\uFF0C\u5982 shiyan-xiaoxue\uFF1B\u53D1\u5E03\u540E\u4E0D\u8981\u4FEE\u6539';
          label: '\u7F51\u5740\u540D';
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiSiteSettingSiteSetting extends Struct.SingleTypeSchema {
  collectionName: 'site_settings';
  info: {
    description: 'Site name, organisation and filing numbers shown in the footer';
    displayName: '\u7F51\u7AD9\u8BBE\u7F6E';
    pluralName: 'site-settings';
    singularName: 'site-setting';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    roles: {
      'hlj-privacy-manager': {
        actions: ['create', 'read', 'update', 'publish'];
        readOnly: [
          'siteName',
          'organisation',
          'icpNumber',
          'publicSecurityNumber',
          'address',
          'contact',
        ];
      };
      'strapi-editor': {
        actions: ['create', 'read', 'update', 'publish'];
        readOnly: ['minorNameDisplay'];
      };
    };
    site: {};
  };
  attributes: {
    address: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u4E3B\u529E\u5355\u4F4D\u7684\u529E\u516C\u5730\u5740\uFF0C\u4E0D\u662F\u4E2A\u4EBA\u5730\u5740';
          label: '\u5355\u4F4D\u5730\u5740';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    contact: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u5355\u4F4D\u529E\u516C\u7535\u8BDD\u6216\u90AE\u7BB1';
          label: '\u8054\u7CFB\u65B9\u5F0F';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    icpNumber: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u5982 \u00D7ICP\u590712345678\u53F7-1';
          label: 'ICP \u5907\u6848\u53F7';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::site-setting.site-setting'
    > &
      Schema.Attribute.Private;
    minorNameDisplay: Schema.Attribute.Enumeration<['full', 'masked']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          enumLabels: {
            full: '\u663E\u793A\u5168\u540D';
            masked: '\u9690\u53BB\u4E2D\u95F4\u7684\u5B57';
          };
          help: '\u663E\u793A\u5168\u540D\u662F\u516C\u5F00\u8868\u5F70\u7684\u60EF\u4F8B\uFF08\u9ED8\u8BA4\uFF09\uFF1B\u9690\u53BB\u4E2D\u95F4\u7684\u5B57\uFF0C\u5982 \u5F20*\u660E';
          label: '\u5149\u8363\u699C\u4E2D\u5C11\u5148\u961F\u5458\u59D3\u540D';
        };
        site: {
          public: false;
        };
      }> &
      Schema.Attribute.DefaultTo<'full'>;
    organisation: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u5982 \u5171\u9752\u56E2\u00D7\u533A\u59D4 \u00D7\u533A\u5C11\u5DE5\u59D4';
          label: '\u4E3B\u529E\u5355\u4F4D';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    publicSecurityNumber: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u5982 \u00D7\u516C\u7F51\u5B89\u5907 41030000000000\u53F7';
          label: '\u516C\u5B89\u5907\u6848\u53F7';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    siteName: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u7F51\u7AD9\u540D\u79F0';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiTagTag extends Struct.CollectionTypeSchema {
  collectionName: 'tags';
  info: {
    description: 'Topic tag shared by news and lessons';
    displayName: '\u6807\u7B7E';
    pluralName: 'tags';
    singularName: 'tag';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    editor: {
      listColumns: ['name', 'slug'];
    };
    roles: {
      'strapi-author': {
        actions: ['read'];
      };
      'strapi-editor': {
        actions: ['create', 'read', 'update', 'delete', 'publish'];
      };
    };
    site: {
      lists: 'articles';
      route: 'news/tag';
    };
  };
  attributes: {
    articles: Schema.Attribute.Relation<'manyToMany', 'api::article.article'> &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u76F8\u5173\u65B0\u95FB';
        };
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    lessons: Schema.Attribute.Relation<'manyToMany', 'api::lesson.lesson'> &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u76F8\u5173\u793A\u8303\u8BFE';
        };
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::tag.tag'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u6807\u7B7E\u540D\u79F0';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 30;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    slug: Schema.Attribute.UID<'name'> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u65B0\u5EFA\u65F6\u968F\u6807\u9898\u751F\u6210\u62FC\u97F3\uFF0C\u6539\u4E86\u6807\u9898\u53EF\u70B9\u201C\u91CD\u65B0\u751F\u6210\u201D\uFF1B\u82F1\u6587\u6216\u62FC\u97F3\uFF0C\u53D1\u5E03\u540E\u4E0D\u8981\u4FEE\u6539';
          label: '\u7F51\u5740\u540D';
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginContentReleasesRelease
  extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_releases';
  info: {
    displayName: 'Release';
    pluralName: 'releases';
    singularName: 'release';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    actions: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::content-releases.release-action'
    >;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::content-releases.release'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    releasedAt: Schema.Attribute.DateTime;
    scheduledAt: Schema.Attribute.DateTime;
    status: Schema.Attribute.Enumeration<
      ['ready', 'blocked', 'failed', 'done', 'empty']
    > &
      Schema.Attribute.Required;
    timezone: Schema.Attribute.String;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginContentReleasesReleaseAction
  extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_release_actions';
  info: {
    displayName: 'Release Action';
    pluralName: 'release-actions';
    singularName: 'release-action';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    contentType: Schema.Attribute.String & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    entryDocumentId: Schema.Attribute.String;
    isEntryValid: Schema.Attribute.Boolean;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::content-releases.release-action'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    release: Schema.Attribute.Relation<
      'manyToOne',
      'plugin::content-releases.release'
    >;
    type: Schema.Attribute.Enumeration<['publish', 'unpublish']> &
      Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginI18NLocale extends Struct.CollectionTypeSchema {
  collectionName: 'i18n_locale';
  info: {
    collectionName: 'locales';
    description: '';
    displayName: 'Locale';
    pluralName: 'locales';
    singularName: 'locale';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    code: Schema.Attribute.String & Schema.Attribute.Unique;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::i18n.locale'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.SetMinMax<
        {
          max: 50;
          min: 1;
        },
        number
      >;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginReviewWorkflowsWorkflow
  extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_workflows';
  info: {
    description: '';
    displayName: 'Workflow';
    name: 'Workflow';
    pluralName: 'workflows';
    singularName: 'workflow';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    contentTypes: Schema.Attribute.JSON &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'[]'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::review-workflows.workflow'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique;
    publishedAt: Schema.Attribute.DateTime;
    stageRequiredToPublish: Schema.Attribute.Relation<
      'oneToOne',
      'plugin::review-workflows.workflow-stage'
    >;
    stages: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::review-workflows.workflow-stage'
    >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginReviewWorkflowsWorkflowStage
  extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_workflows_stages';
  info: {
    description: '';
    displayName: 'Stages';
    name: 'Workflow Stage';
    pluralName: 'workflow-stages';
    singularName: 'workflow-stage';
  };
  options: {
    draftAndPublish: false;
    version: '1.1.0';
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    color: Schema.Attribute.String & Schema.Attribute.DefaultTo<'#4945FF'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::review-workflows.workflow-stage'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String;
    permissions: Schema.Attribute.Relation<'manyToMany', 'admin::permission'>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    workflow: Schema.Attribute.Relation<
      'manyToOne',
      'plugin::review-workflows.workflow'
    >;
  };
}

export interface PluginUploadFile extends Struct.CollectionTypeSchema {
  collectionName: 'files';
  info: {
    description: '';
    displayName: 'File';
    pluralName: 'files';
    singularName: 'file';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    alternativeText: Schema.Attribute.Text;
    caption: Schema.Attribute.Text;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    ext: Schema.Attribute.String;
    focalPoint: Schema.Attribute.JSON;
    folder: Schema.Attribute.Relation<'manyToOne', 'plugin::upload.folder'> &
      Schema.Attribute.Private;
    folderPath: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    formats: Schema.Attribute.JSON;
    hash: Schema.Attribute.String & Schema.Attribute.Required;
    height: Schema.Attribute.Integer;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::upload.file'
    > &
      Schema.Attribute.Private;
    mime: Schema.Attribute.String & Schema.Attribute.Required;
    name: Schema.Attribute.String & Schema.Attribute.Required;
    previewUrl: Schema.Attribute.Text;
    provider: Schema.Attribute.String & Schema.Attribute.Required;
    provider_metadata: Schema.Attribute.JSON;
    publishedAt: Schema.Attribute.DateTime;
    related: Schema.Attribute.Relation<'morphToMany'>;
    size: Schema.Attribute.Decimal & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    url: Schema.Attribute.Text & Schema.Attribute.Required;
    width: Schema.Attribute.Integer;
  };
}

export interface PluginUploadFolder extends Struct.CollectionTypeSchema {
  collectionName: 'upload_folders';
  info: {
    displayName: 'Folder';
    pluralName: 'folders';
    singularName: 'folder';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    children: Schema.Attribute.Relation<'oneToMany', 'plugin::upload.folder'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    files: Schema.Attribute.Relation<'oneToMany', 'plugin::upload.file'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::upload.folder'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    parent: Schema.Attribute.Relation<'manyToOne', 'plugin::upload.folder'>;
    path: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    pathId: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.Unique;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginUsersPermissionsPermission
  extends Struct.CollectionTypeSchema {
  collectionName: 'up_permissions';
  info: {
    description: '';
    displayName: 'Permission';
    name: 'permission';
    pluralName: 'permissions';
    singularName: 'permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::users-permissions.permission'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    role: Schema.Attribute.Relation<
      'manyToOne',
      'plugin::users-permissions.role'
    >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginUsersPermissionsRole
  extends Struct.CollectionTypeSchema {
  collectionName: 'up_roles';
  info: {
    description: '';
    displayName: 'Role';
    name: 'role';
    pluralName: 'roles';
    singularName: 'role';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.String;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::users-permissions.role'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 3;
      }>;
    permissions: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::users-permissions.permission'
    >;
    publishedAt: Schema.Attribute.DateTime;
    type: Schema.Attribute.String & Schema.Attribute.Unique;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    users: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::users-permissions.user'
    >;
  };
}

export interface PluginUsersPermissionsUser
  extends Struct.CollectionTypeSchema {
  collectionName: 'up_users';
  info: {
    description: '';
    displayName: 'User';
    name: 'user';
    pluralName: 'users';
    singularName: 'user';
  };
  options: {
    draftAndPublish: false;
    timestamps: true;
  };
  attributes: {
    blocked: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    confirmationToken: Schema.Attribute.String & Schema.Attribute.Private;
    confirmed: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    email: Schema.Attribute.Email &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::users-permissions.user'
    > &
      Schema.Attribute.Private;
    password: Schema.Attribute.Password &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    provider: Schema.Attribute.String;
    publishedAt: Schema.Attribute.DateTime;
    resetPasswordToken: Schema.Attribute.String & Schema.Attribute.Private;
    role: Schema.Attribute.Relation<
      'manyToOne',
      'plugin::users-permissions.role'
    >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    username: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 3;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ContentTypeSchemas {
      'admin::api-token': AdminApiToken;
      'admin::api-token-permission': AdminApiTokenPermission;
      'admin::permission': AdminPermission;
      'admin::role': AdminRole;
      'admin::session': AdminSession;
      'admin::transfer-token': AdminTransferToken;
      'admin::transfer-token-permission': AdminTransferTokenPermission;
      'admin::user': AdminUser;
      'api::article.article': ApiArticleArticle;
      'api::award.award': ApiAwardAward;
      'api::category.category': ApiCategoryCategory;
      'api::homepage.homepage': ApiHomepageHomepage;
      'api::lesson.lesson': ApiLessonLesson;
      'api::privacy-log.privacy-log': ApiPrivacyLogPrivacyLog;
      'api::role-model.role-model': ApiRoleModelRoleModel;
      'api::school.school': ApiSchoolSchool;
      'api::site-setting.site-setting': ApiSiteSettingSiteSetting;
      'api::tag.tag': ApiTagTag;
      'plugin::content-releases.release': PluginContentReleasesRelease;
      'plugin::content-releases.release-action': PluginContentReleasesReleaseAction;
      'plugin::i18n.locale': PluginI18NLocale;
      'plugin::review-workflows.workflow': PluginReviewWorkflowsWorkflow;
      'plugin::review-workflows.workflow-stage': PluginReviewWorkflowsWorkflowStage;
      'plugin::upload.file': PluginUploadFile;
      'plugin::upload.folder': PluginUploadFolder;
      'plugin::users-permissions.permission': PluginUsersPermissionsPermission;
      'plugin::users-permissions.role': PluginUsersPermissionsRole;
      'plugin::users-permissions.user': PluginUsersPermissionsUser;
    }
  }
}
