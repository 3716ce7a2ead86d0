import type { Schema, Struct } from '@strapi/strapi';

export interface AwardRecipient extends Struct.ComponentSchema {
  collectionName: 'components_award_recipients';
  info: {
    description: 'One person or collective named in an award list';
    displayName: '\u83B7\u5956\u5BF9\u8C61';
    icon: 'medal';
  };
  attributes: {
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u4E2A\u4EBA\u586B\u59D3\u540D\uFF0C\u96C6\u4F53\u586B\u5982\u201C\u4E94\u5E74\u7EA7(2)\u4E2D\u961F\u201D';
          label: '\u59D3\u540D / \u96C6\u4F53\u540D\u79F0';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    recipientKind: Schema.Attribute.Enumeration<
      ['pupil', 'counselor', 'collective']
    > &
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
    roleModel: Schema.Attribute.Relation<
      'oneToOne',
      'api::role-model.role-model'
    > &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u5982\u5DF2\u5EFA\u699C\u6837\u6863\u6848\u53EF\u5173\u8054\uFF0C\u5149\u8363\u699C\u4E0A\u4F1A\u94FE\u63A5\u8FC7\u53BB';
          label: '\u699C\u6837\u6863\u6848';
        };
        site: {
          fields: ['slug'];
        };
      }>;
    school: Schema.Attribute.Relation<'oneToOne', 'api::school.school'> &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u5B66\u6821';
        };
      }>;
    unit: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u5982 \u4E94\u5E74\u7EA7(2)\u4E2D\u961F\u3001\u5927\u961F\u90E8';
          label: '\u4E2D\u961F / \u5927\u961F';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
  };
}

export interface LessonChapter extends Struct.ComponentSchema {
  collectionName: 'components_lesson_chapters';
  info: {
    description: 'A point in the video a counselor can jump to';
    displayName: '\u8BFE\u7A0B\u7AE0\u8282';
    icon: 'bulletList';
  };
  attributes: {
    startSecond: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u672C\u7AE0\u8282\u5728\u89C6\u9891\u4E2D\u5F00\u59CB\u7684\u65F6\u95F4\uFF0C\u5982 1:30 \u8868\u793A 1 \u5206 30 \u79D2';
          input: 'minutes-seconds';
          label: '\u5F00\u59CB\u65F6\u95F4\uFF08\u5206:\u79D2\uFF09';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u7AE0\u8282\u6807\u9898';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
  };
}

export interface LessonCounselor extends Struct.ComponentSchema {
  collectionName: 'components_lesson_counselors';
  info: {
    description: 'The counselor who teaches the lesson';
    displayName: '\u6267\u6559\u8F85\u5BFC\u5458';
    icon: 'user';
  };
  attributes: {
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u59D3\u540D';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    roleModel: Schema.Attribute.Relation<
      'oneToOne',
      'api::role-model.role-model'
    > &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u5982\u8BE5\u8F85\u5BFC\u5458\u6709\u699C\u6837\u6863\u6848\u53EF\u5173\u8054';
          label: '\u699C\u6837\u6863\u6848';
        };
        site: {
          fields: ['slug'];
        };
      }>;
  };
}

export interface PrivacyGuardianConsent extends Struct.ComponentSchema {
  collectionName: 'components_privacy_guardian_consents';
  info: {
    description: "Guardian consent for publishing a minor's profile; never public";
    displayName: '\u76D1\u62A4\u4EBA\u540C\u610F\u4E66';
    icon: 'lock';
  };
  attributes: {
    consentedOn: Schema.Attribute.Date &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u7B7E\u7F72\u65E5\u671F';
        };
      }>;
    expiresOn: Schema.Attribute.Date &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u8FC7\u671F\u540E\u4E0D\u80FD\u53D1\u5E03\uFF1B\u5DF2\u53D1\u5E03\u7684\u6863\u6848\u9700\u8981\u7EED\u7B7E';
          label: '\u6709\u6548\u671F\u81F3';
        };
      }>;
    guardianName: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          label: '\u76D1\u62A4\u4EBA\u59D3\u540D';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    note: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u540C\u610F\u4E66\u5B58\u6863\u4F4D\u7F6E\u7B49\uFF0C\u4EC5\u540E\u53F0\u53EF\u89C1';
          label: '\u5907\u6CE8';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    relationship: Schema.Attribute.Enumeration<
      ['father', 'mother', 'other_guardian']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          enumLabels: {
            father: '\u7236\u4EB2';
            mother: '\u6BCD\u4EB2';
            other_guardian: '\u5176\u4ED6\u76D1\u62A4\u4EBA';
          };
          label: '\u4E0E\u672C\u4EBA\u5173\u7CFB';
        };
      }>;
    scope: Schema.Attribute.Enumeration<['profile', 'profile_and_photo']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          enumLabels: {
            profile: '\u4EC5\u516C\u5F00\u4E8B\u8FF9';
            profile_and_photo: '\u516C\u5F00\u4E8B\u8FF9\u548C\u7167\u7247';
          };
          label: '\u540C\u610F\u8303\u56F4';
        };
      }> &
      Schema.Attribute.DefaultTo<'profile'>;
    withdrawnOn: Schema.Attribute.Date &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u76D1\u62A4\u4EBA\u64A4\u56DE\u540C\u610F\u65F6\u586B\u5199\uFF1B\u4FDD\u5B58\u540E\u6863\u6848\u7ACB\u5373\u4E0B\u7EBF';
          label: '\u64A4\u56DE\u65E5\u671F';
        };
      }>;
  };
}

export interface SharedSeo extends Struct.ComponentSchema {
  collectionName: 'components_shared_seos';
  info: {
    description: 'Page title, description and share image for search engines and WeChat';
    displayName: '\u641C\u7D22\u4E0E\u5206\u4EAB';
    icon: 'search';
  };
  attributes: {
    metaDescription: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u4E00\u4E24\u53E5\u8BDD\u6982\u62EC\u5185\u5BB9\uFF0C160 \u5B57\u4EE5\u5185';
          label: '\u9875\u9762\u63CF\u8FF0';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
    metaTitle: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u641C\u7D22\u7ED3\u679C\u548C\u5FAE\u4FE1\u5206\u4EAB\u5361\u7247\u4E0A\u7684\u6807\u9898\uFF0C\u7559\u7A7A\u5219\u7528\u6B63\u6587\u6807\u9898';
          label: '\u9875\u9762\u6807\u9898';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    shareImage: Schema.Attribute.Media<'images'> &
      Schema.Attribute.SetPluginOptions<{
        editor: {
          help: '\u5FAE\u4FE1\u5206\u4EAB\u65F6\u663E\u793A\u7684\u56FE\u7247\uFF0C\u7559\u7A7A\u5219\u7528\u5C01\u9762';
          label: '\u5206\u4EAB\u56FE\u7247';
        };
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'award.recipient': AwardRecipient;
      'lesson.chapter': LessonChapter;
      'lesson.counselor': LessonCounselor;
      'privacy.guardian-consent': PrivacyGuardianConsent;
      'shared.seo': SharedSeo;
    }
  }
}
