// Generated from schemas/*.schema.json by scripts/gen-validators.ts (ajv standalone). Do not edit:
// run `npm run build` (or `node scripts/gen-validators.ts`). A test fails when it is out of date.
/* eslint-disable */
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) =>
  function __require() {
    try {
      return (mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports);
    } catch (e) {
      throw ((mod = 0), e);
    }
  };

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  'node_modules/ajv/dist/runtime/ucs2length.js'(exports) {
    'use strict';
    Object.defineProperty(exports, '__esModule', { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320) pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  },
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  'node_modules/ajv-formats/dist/formats.js'(exports) {
    'use strict';
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate2, compare) {
      return { validate: validate2, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      'date-time': fmtDef(getDateTime(true), compareDateTime),
      'iso-time': fmtDef(getTime(), compareIsoTime),
      'iso-date-time': fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      'uri-reference':
        /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      'uri-template':
        /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email:
        /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname:
        /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      'json-pointer': /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      'json-pointer-uri-fragment': /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      'relative-json-pointer': /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: 'number', validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: 'number', validate: validateInt64 },
      // C-type float
      float: { type: 'number', validate: validateNumber },
      // C-type double
      double: { type: 'number', validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true,
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      'date-time': fmtDef(
        /^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i,
        compareDateTime,
      ),
      'iso-time': fmtDef(
        /^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i,
        compareIsoTime,
      ),
      'iso-date-time': fmtDef(
        /^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i,
        compareIsoDateTime,
      ),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      'uri-reference': /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email:
        /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches) return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return (
        month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month])
      );
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2)) return void 0;
      if (d1 > d2) return 1;
      if (d1 < d2) return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches) return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === '-' ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz)) return false;
        if (hr <= 23 && min <= 59 && sec < 60) return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2)) return void 0;
      const t1 = /* @__PURE__ */ new Date('2020-01-01T' + s1).valueOf();
      const t2 = /* @__PURE__ */ new Date('2020-01-01T' + s2).valueOf();
      if (!(t1 && t2)) return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2)) return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2)) return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2) return 1;
      if (t1 < t2) return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2)) return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2)) return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2)) return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0) return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI =
      /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str)) return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  },
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  'node_modules/fast-deep-equal/index.js'(exports, module) {
    'use strict';
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == 'object' && typeof b == 'object') {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0;) if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0;) if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0;) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  },
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  'node_modules/ajv/dist/runtime/equal.js'(exports) {
    'use strict';
    Object.defineProperty(exports, '__esModule', { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  },
});

// schemas/releases.schema.json
var releases_schema_default = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://octoacme.github.io/release-policy/schemas/releases.schema.json',
  title: 'Collected releases',
  description:
    "The planned releases of an organization, read by `release-policy collect` from every repository's release.yml through the GitHub API. `check --releases` and `calendar --releases` add them to the calendar's planned releases, so the calendar and the checks see what each repository says, without a hand-typed copy.",
  type: 'object',
  additionalProperties: false,
  required: ['org', 'collected_at', 'releases', 'problems'],
  properties: {
    $schema: {
      title: 'Schema URL',
      description: 'The URL of this schema. The checker ignores it.',
      type: 'string',
    },
    org: {
      title: 'Organization',
      description: 'The GitHub organization the releases were collected from.',
      type: 'string',
      pattern: '^[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
      maxLength: 39,
      examples: ['octoacme'],
    },
    collected_at: {
      $ref: '#/$defs/dateTime',
      title: 'Collected at',
      description: 'When the collection finished, RFC 3339 in UTC.',
      examples: ['2026-12-02T06:00:00Z'],
    },
    releases: {
      title: 'Releases',
      description:
        'One entry per release.yml that parsed and passed the schema, in a stable order (repository, then path, then pull request).',
      type: 'array',
      maxItems: 1e5,
      items: {
        $ref: '#/$defs/collectedRelease',
      },
    },
    problems: {
      title: 'Problems',
      description:
        'Files that were found but could not be read as a release: each with its place, so its team can fix it. A problem never fails the collection.',
      type: 'array',
      maxItems: 1e5,
      items: {
        $ref: '#/$defs/problem',
      },
    },
  },
  $defs: {
    slug: {
      title: 'a lowercase slug (letters, digits and single hyphens)',
      description: 'Lowercase letters and digits, words joined by single hyphens, at most 64 characters.',
      type: 'string',
      pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
      maxLength: 64,
      examples: ['payments-api', 'ledger', 'checkout-web'],
    },
    semver: {
      title: 'a SemVer 2.0.0 version string (like "2.4.0", without a leading "v")',
      description:
        'MAJOR.MINOR.PATCH with optional -pre-release and +build parts, exactly as https://semver.org/spec/v2.0.0.html defines it (its official regular expression). Quote it in YAML: 1.10 unquoted is the number 1.1.',
      type: 'string',
      pattern:
        '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
      maxLength: 256,
      examples: ['2.4.0', '1.2.4', '3.0.0-rc.1'],
    },
    dateTime: {
      title: 'an RFC 3339 date-time with its UTC offset (like 2026-12-08T15:00:00-05:00)',
      description:
        'YYYY-MM-DDTHH:MM:SS, optional fractional seconds, then Z or \xB1hh:mm. The offset is required: a time without one is ambiguous.',
      type: 'string',
      pattern:
        '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
      format: 'date-time',
      examples: ['2026-12-08T15:00:00-05:00', '2026-12-08T20:00:00Z'],
    },
    githubUser: {
      title: 'a GitHub handle (like "@dana")',
      description:
        'An @ then a GitHub login: letters, digits and single inner hyphens, at most 39 characters.',
      type: 'string',
      pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
      maxLength: 40,
      examples: ['@dana', '@carol-ops'],
    },
    releaseType: {
      title: 'a release type',
      description: 'patch (1.2.3 \u2192 1.2.4), minor (1.2.0 \u2192 1.3.0) or major (1.0.0 \u2192 2.0.0).',
      type: 'string',
      enum: ['patch', 'minor', 'major'],
      examples: ['minor'],
    },
    dependency: {
      title: 'Dependency',
      description: 'A release of another product, named as in the release calendar.',
      type: 'object',
      additionalProperties: false,
      required: ['product', 'version'],
      properties: {
        product: {
          $ref: '#/$defs/slug',
          title: 'Product',
          description: 'The product depended on, as in the calendar.',
          examples: ['ledger'],
        },
        version: {
          $ref: '#/$defs/semver',
          title: 'Version',
          description: 'The version of that product that must be in production first.',
          examples: ['5.1.0'],
        },
      },
      examples: [
        {
          product: 'ledger',
          version: '5.1.0',
        },
      ],
    },
    system: {
      title: 'a system (configuration item)',
      description:
        'A shared system a release touches, as maintenance windows and blackouts name it: a lowercase slug.',
      $ref: '#/$defs/slug',
      examples: ['payments-db'],
    },
    collectedRelease: {
      title: 'Collected release',
      description: "One repository's planned release, as its release.yml says it, with where it was read.",
      type: 'object',
      additionalProperties: false,
      required: ['product', 'version', 'type', 'date', 'depends_on', 'systems', 'source'],
      properties: {
        product: {
          $ref: '#/$defs/slug',
          title: 'Product',
          description: 'The product released.',
          examples: ['payments-api'],
        },
        version: {
          $ref: '#/$defs/semver',
          title: 'Version',
          description: 'The version released.',
          examples: ['2.4.0'],
        },
        type: {
          $ref: '#/$defs/releaseType',
          title: 'Release type',
          description: 'patch, minor or major.',
          examples: ['minor'],
        },
        date: {
          $ref: '#/$defs/dateTime',
          title: 'Production deploy date',
          description: 'The planned start of the production deployment, RFC 3339 with its offset.',
          examples: ['2026-12-08T15:00:00-05:00'],
        },
        window_end: {
          $ref: '#/$defs/dateTime',
          title: 'Window end',
          description:
            'When the deployment is planned to be finished (exclusive), from `window.end`. Absent when the release.yml gives no window.',
          examples: ['2026-12-08T17:00:00-05:00'],
        },
        manager: {
          $ref: '#/$defs/githubUser',
          title: 'Release Manager',
          description: "GitHub handle of the release's Release Manager.",
          examples: ['@dana'],
        },
        depends_on: {
          title: 'Depends on',
          description: 'Releases of other products that must ship first.',
          type: 'array',
          maxItems: 1e3,
          items: {
            $ref: '#/$defs/dependency',
          },
          examples: [
            [
              {
                product: 'ledger',
                version: '5.1.0',
              },
            ],
          ],
        },
        systems: {
          title: 'Systems',
          description: 'The shared systems the release touches.',
          type: 'array',
          maxItems: 1e3,
          uniqueItems: true,
          items: {
            $ref: '#/$defs/system',
          },
          examples: [['payments-db']],
        },
        source: {
          $ref: '#/$defs/source',
        },
      },
      examples: [
        {
          product: 'payments-api',
          version: '2.4.0',
          type: 'minor',
          date: '2026-12-08T15:00:00-05:00',
          window_end: '2026-12-08T17:00:00-05:00',
          manager: '@dana',
          depends_on: [
            {
              product: 'ledger',
              version: '5.1.0',
            },
          ],
          systems: ['payments-db'],
          source: {
            repo: 'octoacme/payments',
            path: 'services/payments-api/release.yml',
            ref: 'main',
            sha: '3f2a9c1d4b5e6f708192a3b4c5d6e7f8091a2b3c',
            url: 'https://github.com/octoacme/payments/blob/main/services/payments-api/release.yml',
          },
        },
      ],
    },
    source: {
      title: 'Source',
      description: 'Where the release was read.',
      type: 'object',
      additionalProperties: false,
      required: ['repo', 'path', 'ref', 'sha', 'url'],
      properties: {
        repo: {
          title: 'Repository',
          description: 'owner/name.',
          type: 'string',
          pattern: '^[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9._-]{1,100}$',
          examples: ['octoacme/payments'],
        },
        path: {
          title: 'Path',
          description: "The file's path in the repository.",
          type: 'string',
          minLength: 1,
          maxLength: 4096,
          examples: ['services/payments-api/release.yml'],
        },
        ref: {
          title: 'Ref',
          description: "The branch read: the default branch, or the pull request's head branch.",
          type: 'string',
          minLength: 1,
          maxLength: 255,
          examples: ['main'],
        },
        sha: {
          title: 'Blob SHA',
          description: 'The git blob SHA of the file read.',
          type: 'string',
          pattern: '^[0-9a-f]{40}(?:[0-9a-f]{24})?$',
          examples: ['3f2a9c1d4b5e6f708192a3b4c5d6e7f8091a2b3c'],
        },
        url: {
          title: 'URL',
          description: 'The file on GitHub.',
          type: 'string',
          format: 'uri',
          pattern: '^https?://',
          maxLength: 8192,
          examples: ['https://github.com/octoacme/payments/blob/main/services/payments-api/release.yml'],
        },
        pull: {
          title: 'Pull request',
          description:
            'The open pull request whose head proposes this release (with `--include-pulls`). A proposed release, not a planned one.',
          type: 'integer',
          minimum: 1,
          examples: [412],
        },
      },
    },
    problem: {
      title: 'Problem',
      description: 'A file that was found but could not be read as a release.',
      type: 'object',
      additionalProperties: false,
      required: ['repo', 'path', 'line', 'column', 'rule', 'message'],
      properties: {
        repo: {
          title: 'Repository',
          type: 'string',
          description: 'owner/name.',
          examples: ['octoacme/search'],
        },
        path: {
          title: 'Path',
          type: 'string',
          description:
            "The file's path in the repository; empty when the repository itself (its tree, its pull requests) could not be read.",
          examples: ['release.yml'],
        },
        pull: {
          title: 'Pull request',
          type: 'integer',
          minimum: 1,
          description: 'The pull request the file was read from, if any.',
        },
        line: {
          title: 'Line',
          type: 'integer',
          minimum: 1,
          description: '1-based line.',
        },
        column: {
          title: 'Column',
          type: 'integer',
          minimum: 1,
          description: '1-based column.',
        },
        rule: {
          title: 'Rule',
          type: 'string',
          description:
            'What failed: `yaml-syntax`, `schema`, or `unreadable` when the file could not be fetched or is too large.',
          examples: ['schema'],
        },
        message: {
          title: 'Message',
          type: 'string',
          description: 'What is wrong, in one line.',
        },
      },
      examples: [
        {
          repo: 'octoacme/search',
          path: 'release.yml',
          line: 4,
          column: 7,
          rule: 'schema',
          message: '`version` must be a SemVer version like 2.4.0.',
        },
      ],
    },
  },
  examples: [
    {
      org: 'octoacme',
      collected_at: '2026-12-02T06:00:00Z',
      releases: [
        {
          product: 'payments-api',
          version: '2.4.0',
          type: 'minor',
          date: '2026-12-08T15:00:00-05:00',
          window_end: '2026-12-08T17:00:00-05:00',
          manager: '@dana',
          depends_on: [
            {
              product: 'ledger',
              version: '5.1.0',
            },
          ],
          systems: ['payments-db'],
          source: {
            repo: 'octoacme/payments',
            path: 'services/payments-api/release.yml',
            ref: 'main',
            sha: '3f2a9c1d4b5e6f708192a3b4c5d6e7f8091a2b3c',
            url: 'https://github.com/octoacme/payments/blob/main/services/payments-api/release.yml',
          },
        },
      ],
      problems: [
        {
          repo: 'octoacme/search',
          path: 'release.yml',
          line: 4,
          column: 7,
          rule: 'schema',
          message: '`version` must be a SemVer version like 2.4.0.',
        },
      ],
    },
  ],
};

// releases.js
var validate = validate52;
var schema19 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://octoacme.github.io/release-policy/schemas/releases.schema.json',
  title: 'Collected releases',
  description:
    "The planned releases of an organization, read by `release-policy collect` from every repository's release.yml through the GitHub API. `check --releases` and `calendar --releases` add them to the calendar's planned releases, so the calendar and the checks see what each repository says, without a hand-typed copy.",
  type: 'object',
  additionalProperties: false,
  required: ['org', 'collected_at', 'releases', 'problems'],
  properties: {
    $schema: {
      title: 'Schema URL',
      description: 'The URL of this schema. The checker ignores it.',
      type: 'string',
    },
    org: {
      title: 'Organization',
      description: 'The GitHub organization the releases were collected from.',
      type: 'string',
      pattern: '^[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
      maxLength: 39,
      examples: ['octoacme'],
    },
    collected_at: {
      $ref: '#/$defs/dateTime',
      title: 'Collected at',
      description: 'When the collection finished, RFC 3339 in UTC.',
      examples: ['2026-12-02T06:00:00Z'],
    },
    releases: {
      title: 'Releases',
      description:
        'One entry per release.yml that parsed and passed the schema, in a stable order (repository, then path, then pull request).',
      type: 'array',
      maxItems: 1e5,
      items: { $ref: '#/$defs/collectedRelease' },
    },
    problems: {
      title: 'Problems',
      description:
        'Files that were found but could not be read as a release: each with its place, so its team can fix it. A problem never fails the collection.',
      type: 'array',
      maxItems: 1e5,
      items: { $ref: '#/$defs/problem' },
    },
  },
  $defs: {
    slug: {
      title: 'a lowercase slug (letters, digits and single hyphens)',
      description: 'Lowercase letters and digits, words joined by single hyphens, at most 64 characters.',
      type: 'string',
      pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
      maxLength: 64,
      examples: ['payments-api', 'ledger', 'checkout-web'],
    },
    semver: {
      title: 'a SemVer 2.0.0 version string (like "2.4.0", without a leading "v")',
      description:
        'MAJOR.MINOR.PATCH with optional -pre-release and +build parts, exactly as https://semver.org/spec/v2.0.0.html defines it (its official regular expression). Quote it in YAML: 1.10 unquoted is the number 1.1.',
      type: 'string',
      pattern:
        '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
      maxLength: 256,
      examples: ['2.4.0', '1.2.4', '3.0.0-rc.1'],
    },
    dateTime: {
      title: 'an RFC 3339 date-time with its UTC offset (like 2026-12-08T15:00:00-05:00)',
      description:
        'YYYY-MM-DDTHH:MM:SS, optional fractional seconds, then Z or \xB1hh:mm. The offset is required: a time without one is ambiguous.',
      type: 'string',
      pattern:
        '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
      format: 'date-time',
      examples: ['2026-12-08T15:00:00-05:00', '2026-12-08T20:00:00Z'],
    },
    githubUser: {
      title: 'a GitHub handle (like "@dana")',
      description:
        'An @ then a GitHub login: letters, digits and single inner hyphens, at most 39 characters.',
      type: 'string',
      pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
      maxLength: 40,
      examples: ['@dana', '@carol-ops'],
    },
    releaseType: {
      title: 'a release type',
      description: 'patch (1.2.3 \u2192 1.2.4), minor (1.2.0 \u2192 1.3.0) or major (1.0.0 \u2192 2.0.0).',
      type: 'string',
      enum: ['patch', 'minor', 'major'],
      examples: ['minor'],
    },
    dependency: {
      title: 'Dependency',
      description: 'A release of another product, named as in the release calendar.',
      type: 'object',
      additionalProperties: false,
      required: ['product', 'version'],
      properties: {
        product: {
          $ref: '#/$defs/slug',
          title: 'Product',
          description: 'The product depended on, as in the calendar.',
          examples: ['ledger'],
        },
        version: {
          $ref: '#/$defs/semver',
          title: 'Version',
          description: 'The version of that product that must be in production first.',
          examples: ['5.1.0'],
        },
      },
      examples: [{ product: 'ledger', version: '5.1.0' }],
    },
    system: {
      title: 'a system (configuration item)',
      description:
        'A shared system a release touches, as maintenance windows and blackouts name it: a lowercase slug.',
      $ref: '#/$defs/slug',
      examples: ['payments-db'],
    },
    collectedRelease: {
      title: 'Collected release',
      description: "One repository's planned release, as its release.yml says it, with where it was read.",
      type: 'object',
      additionalProperties: false,
      required: ['product', 'version', 'type', 'date', 'depends_on', 'systems', 'source'],
      properties: {
        product: {
          $ref: '#/$defs/slug',
          title: 'Product',
          description: 'The product released.',
          examples: ['payments-api'],
        },
        version: {
          $ref: '#/$defs/semver',
          title: 'Version',
          description: 'The version released.',
          examples: ['2.4.0'],
        },
        type: {
          $ref: '#/$defs/releaseType',
          title: 'Release type',
          description: 'patch, minor or major.',
          examples: ['minor'],
        },
        date: {
          $ref: '#/$defs/dateTime',
          title: 'Production deploy date',
          description: 'The planned start of the production deployment, RFC 3339 with its offset.',
          examples: ['2026-12-08T15:00:00-05:00'],
        },
        window_end: {
          $ref: '#/$defs/dateTime',
          title: 'Window end',
          description:
            'When the deployment is planned to be finished (exclusive), from `window.end`. Absent when the release.yml gives no window.',
          examples: ['2026-12-08T17:00:00-05:00'],
        },
        manager: {
          $ref: '#/$defs/githubUser',
          title: 'Release Manager',
          description: "GitHub handle of the release's Release Manager.",
          examples: ['@dana'],
        },
        depends_on: {
          title: 'Depends on',
          description: 'Releases of other products that must ship first.',
          type: 'array',
          maxItems: 1e3,
          items: { $ref: '#/$defs/dependency' },
          examples: [[{ product: 'ledger', version: '5.1.0' }]],
        },
        systems: {
          title: 'Systems',
          description: 'The shared systems the release touches.',
          type: 'array',
          maxItems: 1e3,
          uniqueItems: true,
          items: { $ref: '#/$defs/system' },
          examples: [['payments-db']],
        },
        source: { $ref: '#/$defs/source' },
      },
      examples: [
        {
          product: 'payments-api',
          version: '2.4.0',
          type: 'minor',
          date: '2026-12-08T15:00:00-05:00',
          window_end: '2026-12-08T17:00:00-05:00',
          manager: '@dana',
          depends_on: [{ product: 'ledger', version: '5.1.0' }],
          systems: ['payments-db'],
          source: {
            repo: 'octoacme/payments',
            path: 'services/payments-api/release.yml',
            ref: 'main',
            sha: '3f2a9c1d4b5e6f708192a3b4c5d6e7f8091a2b3c',
            url: 'https://github.com/octoacme/payments/blob/main/services/payments-api/release.yml',
          },
        },
      ],
    },
    source: {
      title: 'Source',
      description: 'Where the release was read.',
      type: 'object',
      additionalProperties: false,
      required: ['repo', 'path', 'ref', 'sha', 'url'],
      properties: {
        repo: {
          title: 'Repository',
          description: 'owner/name.',
          type: 'string',
          pattern: '^[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9._-]{1,100}$',
          examples: ['octoacme/payments'],
        },
        path: {
          title: 'Path',
          description: "The file's path in the repository.",
          type: 'string',
          minLength: 1,
          maxLength: 4096,
          examples: ['services/payments-api/release.yml'],
        },
        ref: {
          title: 'Ref',
          description: "The branch read: the default branch, or the pull request's head branch.",
          type: 'string',
          minLength: 1,
          maxLength: 255,
          examples: ['main'],
        },
        sha: {
          title: 'Blob SHA',
          description: 'The git blob SHA of the file read.',
          type: 'string',
          pattern: '^[0-9a-f]{40}(?:[0-9a-f]{24})?$',
          examples: ['3f2a9c1d4b5e6f708192a3b4c5d6e7f8091a2b3c'],
        },
        url: {
          title: 'URL',
          description: 'The file on GitHub.',
          type: 'string',
          format: 'uri',
          pattern: '^https?://',
          maxLength: 8192,
          examples: ['https://github.com/octoacme/payments/blob/main/services/payments-api/release.yml'],
        },
        pull: {
          title: 'Pull request',
          description:
            'The open pull request whose head proposes this release (with `--include-pulls`). A proposed release, not a planned one.',
          type: 'integer',
          minimum: 1,
          examples: [412],
        },
      },
    },
    problem: {
      title: 'Problem',
      description: 'A file that was found but could not be read as a release.',
      type: 'object',
      additionalProperties: false,
      required: ['repo', 'path', 'line', 'column', 'rule', 'message'],
      properties: {
        repo: {
          title: 'Repository',
          type: 'string',
          description: 'owner/name.',
          examples: ['octoacme/search'],
        },
        path: {
          title: 'Path',
          type: 'string',
          description:
            "The file's path in the repository; empty when the repository itself (its tree, its pull requests) could not be read.",
          examples: ['release.yml'],
        },
        pull: {
          title: 'Pull request',
          type: 'integer',
          minimum: 1,
          description: 'The pull request the file was read from, if any.',
        },
        line: { title: 'Line', type: 'integer', minimum: 1, description: '1-based line.' },
        column: { title: 'Column', type: 'integer', minimum: 1, description: '1-based column.' },
        rule: {
          title: 'Rule',
          type: 'string',
          description:
            'What failed: `yaml-syntax`, `schema`, or `unreadable` when the file could not be fetched or is too large.',
          examples: ['schema'],
        },
        message: { title: 'Message', type: 'string', description: 'What is wrong, in one line.' },
      },
      examples: [
        {
          repo: 'octoacme/search',
          path: 'release.yml',
          line: 4,
          column: 7,
          rule: 'schema',
          message: '`version` must be a SemVer version like 2.4.0.',
        },
      ],
    },
  },
  examples: [
    {
      org: 'octoacme',
      collected_at: '2026-12-02T06:00:00Z',
      releases: [
        {
          product: 'payments-api',
          version: '2.4.0',
          type: 'minor',
          date: '2026-12-08T15:00:00-05:00',
          window_end: '2026-12-08T17:00:00-05:00',
          manager: '@dana',
          depends_on: [{ product: 'ledger', version: '5.1.0' }],
          systems: ['payments-db'],
          source: {
            repo: 'octoacme/payments',
            path: 'services/payments-api/release.yml',
            ref: 'main',
            sha: '3f2a9c1d4b5e6f708192a3b4c5d6e7f8091a2b3c',
            url: 'https://github.com/octoacme/payments/blob/main/services/payments-api/release.yml',
          },
        },
      ],
      problems: [
        {
          repo: 'octoacme/search',
          path: 'release.yml',
          line: 4,
          column: 7,
          rule: 'schema',
          message: '`version` must be a SemVer version like 2.4.0.',
        },
      ],
    },
  ],
};
var func1 = require_ucs2length().default;
var pattern3 = new RegExp('^[A-Za-z0-9](?:-?[A-Za-z0-9])*$', 'u');
var schema20 = {
  title: 'an RFC 3339 date-time with its UTC offset (like 2026-12-08T15:00:00-05:00)',
  description:
    'YYYY-MM-DDTHH:MM:SS, optional fractional seconds, then Z or \xB1hh:mm. The offset is required: a time without one is ambiguous.',
  type: 'string',
  pattern:
    '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
  format: 'date-time',
  examples: ['2026-12-08T15:00:00-05:00', '2026-12-08T20:00:00Z'],
};
var formats0 = require_formats().fullFormats['date-time'];
var pattern4 = new RegExp(
  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
  'u',
);
function validate53(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === 'string') {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: {
          pattern:
            '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
        },
        message:
          'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$"',
        schema:
          '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
        parentSchema: schema20,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!formats0.validate(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'date-time' },
        message: 'must match format "date-time"',
        schema: 'date-time',
        parentSchema: schema20,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
      schema: schema20.type,
      parentSchema: schema20,
      data,
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { dynamicProps: false, dynamicItems: false };
var schema21 = {
  title: 'Collected release',
  description: "One repository's planned release, as its release.yml says it, with where it was read.",
  type: 'object',
  additionalProperties: false,
  required: ['product', 'version', 'type', 'date', 'depends_on', 'systems', 'source'],
  properties: {
    product: {
      $ref: '#/$defs/slug',
      title: 'Product',
      description: 'The product released.',
      examples: ['payments-api'],
    },
    version: {
      $ref: '#/$defs/semver',
      title: 'Version',
      description: 'The version released.',
      examples: ['2.4.0'],
    },
    type: {
      $ref: '#/$defs/releaseType',
      title: 'Release type',
      description: 'patch, minor or major.',
      examples: ['minor'],
    },
    date: {
      $ref: '#/$defs/dateTime',
      title: 'Production deploy date',
      description: 'The planned start of the production deployment, RFC 3339 with its offset.',
      examples: ['2026-12-08T15:00:00-05:00'],
    },
    window_end: {
      $ref: '#/$defs/dateTime',
      title: 'Window end',
      description:
        'When the deployment is planned to be finished (exclusive), from `window.end`. Absent when the release.yml gives no window.',
      examples: ['2026-12-08T17:00:00-05:00'],
    },
    manager: {
      $ref: '#/$defs/githubUser',
      title: 'Release Manager',
      description: "GitHub handle of the release's Release Manager.",
      examples: ['@dana'],
    },
    depends_on: {
      title: 'Depends on',
      description: 'Releases of other products that must ship first.',
      type: 'array',
      maxItems: 1e3,
      items: { $ref: '#/$defs/dependency' },
      examples: [[{ product: 'ledger', version: '5.1.0' }]],
    },
    systems: {
      title: 'Systems',
      description: 'The shared systems the release touches.',
      type: 'array',
      maxItems: 1e3,
      uniqueItems: true,
      items: { $ref: '#/$defs/system' },
      examples: [['payments-db']],
    },
    source: { $ref: '#/$defs/source' },
  },
  examples: [
    {
      product: 'payments-api',
      version: '2.4.0',
      type: 'minor',
      date: '2026-12-08T15:00:00-05:00',
      window_end: '2026-12-08T17:00:00-05:00',
      manager: '@dana',
      depends_on: [{ product: 'ledger', version: '5.1.0' }],
      systems: ['payments-db'],
      source: {
        repo: 'octoacme/payments',
        path: 'services/payments-api/release.yml',
        ref: 'main',
        sha: '3f2a9c1d4b5e6f708192a3b4c5d6e7f8091a2b3c',
        url: 'https://github.com/octoacme/payments/blob/main/services/payments-api/release.yml',
      },
    },
  ],
};
var func2 = Object.prototype.hasOwnProperty;
var func0 = require_equal().default;
var schema22 = {
  title: 'a lowercase slug (letters, digits and single hyphens)',
  description: 'Lowercase letters and digits, words joined by single hyphens, at most 64 characters.',
  type: 'string',
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  maxLength: 64,
  examples: ['payments-api', 'ledger', 'checkout-web'],
};
var pattern5 = new RegExp('^[a-z0-9]+(?:-[a-z0-9]+)*$', 'u');
function validate56(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate56.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === 'string') {
    if (func1(data) > 64) {
      const err0 = {
        instancePath,
        schemaPath: '#/maxLength',
        keyword: 'maxLength',
        params: { limit: 64 },
        message: 'must NOT have more than 64 characters',
        schema: 64,
        parentSchema: schema22,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!pattern5.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
        message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
        schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
        parentSchema: schema22,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
      schema: schema22.type,
      parentSchema: schema22,
      data,
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
validate56.evaluated = { dynamicProps: false, dynamicItems: false };
var schema23 = {
  title: 'a SemVer 2.0.0 version string (like "2.4.0", without a leading "v")',
  description:
    'MAJOR.MINOR.PATCH with optional -pre-release and +build parts, exactly as https://semver.org/spec/v2.0.0.html defines it (its official regular expression). Quote it in YAML: 1.10 unquoted is the number 1.1.',
  type: 'string',
  pattern:
    '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
  maxLength: 256,
  examples: ['2.4.0', '1.2.4', '3.0.0-rc.1'],
};
var pattern6 = new RegExp(
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
  'u',
);
function validate58(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate58.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === 'string') {
    if (func1(data) > 256) {
      const err0 = {
        instancePath,
        schemaPath: '#/maxLength',
        keyword: 'maxLength',
        params: { limit: 256 },
        message: 'must NOT have more than 256 characters',
        schema: 256,
        parentSchema: schema23,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!pattern6.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: {
          pattern:
            '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
        },
        message:
          'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"',
        schema:
          '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
        parentSchema: schema23,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
      schema: schema23.type,
      parentSchema: schema23,
      data,
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
validate58.evaluated = { dynamicProps: false, dynamicItems: false };
var schema24 = {
  title: 'a release type',
  description: 'patch (1.2.3 \u2192 1.2.4), minor (1.2.0 \u2192 1.3.0) or major (1.0.0 \u2192 2.0.0).',
  type: 'string',
  enum: ['patch', 'minor', 'major'],
  examples: ['minor'],
};
function validate60(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate60.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== 'string') {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
      schema: schema24.type,
      parentSchema: schema24,
      data,
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === 'patch' || data === 'minor' || data === 'major')) {
    const err1 = {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema24.enum },
      message: 'must be equal to one of the allowed values',
      schema: schema24.enum,
      parentSchema: schema24,
      data,
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate60.errors = vErrors;
  return errors === 0;
}
validate60.evaluated = { dynamicProps: false, dynamicItems: false };
var schema25 = {
  title: 'a GitHub handle (like "@dana")',
  description: 'An @ then a GitHub login: letters, digits and single inner hyphens, at most 39 characters.',
  type: 'string',
  pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
  maxLength: 40,
  examples: ['@dana', '@carol-ops'],
};
var pattern7 = new RegExp('^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$', 'u');
function validate64(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate64.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === 'string') {
    if (func1(data) > 40) {
      const err0 = {
        instancePath,
        schemaPath: '#/maxLength',
        keyword: 'maxLength',
        params: { limit: 40 },
        message: 'must NOT have more than 40 characters',
        schema: 40,
        parentSchema: schema25,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!pattern7.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$' },
        message: 'must match pattern "^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$"',
        schema: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
        parentSchema: schema25,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
      schema: schema25.type,
      parentSchema: schema25,
      data,
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate64.errors = vErrors;
  return errors === 0;
}
validate64.evaluated = { dynamicProps: false, dynamicItems: false };
var schema26 = {
  title: 'Dependency',
  description: 'A release of another product, named as in the release calendar.',
  type: 'object',
  additionalProperties: false,
  required: ['product', 'version'],
  properties: {
    product: {
      $ref: '#/$defs/slug',
      title: 'Product',
      description: 'The product depended on, as in the calendar.',
      examples: ['ledger'],
    },
    version: {
      $ref: '#/$defs/semver',
      title: 'Version',
      description: 'The version of that product that must be in production first.',
      examples: ['5.1.0'],
    },
  },
  examples: [{ product: 'ledger', version: '5.1.0' }],
};
function validate66(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate66.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.product === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'product' },
        message: "must have required property 'product'",
        schema: schema26.required,
        parentSchema: schema26,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version' },
        message: "must have required property 'version'",
        schema: schema26.required,
        parentSchema: schema26,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'product' || key0 === 'version')) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema26,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.product !== void 0) {
      if (
        !validate56(data.product, {
          instancePath: instancePath + '/product',
          parentData: data,
          parentDataProperty: 'product',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== void 0) {
      if (
        !validate58(data.version, {
          instancePath: instancePath + '/version',
          parentData: data,
          parentDataProperty: 'version',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema26.type,
      parentSchema: schema26,
      data,
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate66.errors = vErrors;
  return errors === 0;
}
validate66.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate70(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate70.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === 'string') {
    if (func1(data) > 64) {
      const err0 = {
        instancePath,
        schemaPath: '#/maxLength',
        keyword: 'maxLength',
        params: { limit: 64 },
        message: 'must NOT have more than 64 characters',
        schema: 64,
        parentSchema: schema22,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!pattern5.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
        message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
        schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
        parentSchema: schema22,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
      schema: schema22.type,
      parentSchema: schema22,
      data,
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate70.errors = vErrors;
  return errors === 0;
}
validate70.evaluated = { dynamicProps: false, dynamicItems: false };
var schema28 = {
  title: 'Source',
  description: 'Where the release was read.',
  type: 'object',
  additionalProperties: false,
  required: ['repo', 'path', 'ref', 'sha', 'url'],
  properties: {
    repo: {
      title: 'Repository',
      description: 'owner/name.',
      type: 'string',
      pattern: '^[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9._-]{1,100}$',
      examples: ['octoacme/payments'],
    },
    path: {
      title: 'Path',
      description: "The file's path in the repository.",
      type: 'string',
      minLength: 1,
      maxLength: 4096,
      examples: ['services/payments-api/release.yml'],
    },
    ref: {
      title: 'Ref',
      description: "The branch read: the default branch, or the pull request's head branch.",
      type: 'string',
      minLength: 1,
      maxLength: 255,
      examples: ['main'],
    },
    sha: {
      title: 'Blob SHA',
      description: 'The git blob SHA of the file read.',
      type: 'string',
      pattern: '^[0-9a-f]{40}(?:[0-9a-f]{24})?$',
      examples: ['3f2a9c1d4b5e6f708192a3b4c5d6e7f8091a2b3c'],
    },
    url: {
      title: 'URL',
      description: 'The file on GitHub.',
      type: 'string',
      format: 'uri',
      pattern: '^https?://',
      maxLength: 8192,
      examples: ['https://github.com/octoacme/payments/blob/main/services/payments-api/release.yml'],
    },
    pull: {
      title: 'Pull request',
      description:
        'The open pull request whose head proposes this release (with `--include-pulls`). A proposed release, not a planned one.',
      type: 'integer',
      minimum: 1,
      examples: [412],
    },
  },
};
var pattern9 = new RegExp('^[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9._-]{1,100}$', 'u');
var pattern10 = new RegExp('^[0-9a-f]{40}(?:[0-9a-f]{24})?$', 'u');
var pattern11 = new RegExp('^https?://', 'u');
var formats2 = require_formats().fullFormats.uri;
function validate72(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate72.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.repo === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'repo' },
        message: "must have required property 'repo'",
        schema: schema28.required,
        parentSchema: schema28,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.path === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
        message: "must have required property 'path'",
        schema: schema28.required,
        parentSchema: schema28,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.ref === void 0) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'ref' },
        message: "must have required property 'ref'",
        schema: schema28.required,
        parentSchema: schema28,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.sha === void 0) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'sha' },
        message: "must have required property 'sha'",
        schema: schema28.required,
        parentSchema: schema28,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.url === void 0) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'url' },
        message: "must have required property 'url'",
        schema: schema28.required,
        parentSchema: schema28,
        data,
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'repo' ||
        key0 === 'path' ||
        key0 === 'ref' ||
        key0 === 'sha' ||
        key0 === 'url' ||
        key0 === 'pull'
      )) {
        const err5 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema28,
          data,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.repo !== void 0) {
      let data0 = data.repo;
      if (typeof data0 === 'string') {
        if (!pattern9.test(data0)) {
          const err6 = {
            instancePath: instancePath + '/repo',
            schemaPath: '#/properties/repo/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9._-]{1,100}$' },
            message: 'must match pattern "^[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9._-]{1,100}$"',
            schema: '^[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9._-]{1,100}$',
            parentSchema: schema28.properties.repo,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/repo',
          schemaPath: '#/properties/repo/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema28.properties.repo.type,
          parentSchema: schema28.properties.repo,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data1 = data.path;
      if (typeof data1 === 'string') {
        if (func1(data1) > 4096) {
          const err8 = {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/maxLength',
            keyword: 'maxLength',
            params: { limit: 4096 },
            message: 'must NOT have more than 4096 characters',
            schema: 4096,
            parentSchema: schema28.properties.path,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err9 = {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema28.properties.path,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema28.properties.path.type,
          parentSchema: schema28.properties.path,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.ref !== void 0) {
      let data2 = data.ref;
      if (typeof data2 === 'string') {
        if (func1(data2) > 255) {
          const err11 = {
            instancePath: instancePath + '/ref',
            schemaPath: '#/properties/ref/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
            schema: 255,
            parentSchema: schema28.properties.ref,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (func1(data2) < 1) {
          const err12 = {
            instancePath: instancePath + '/ref',
            schemaPath: '#/properties/ref/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema28.properties.ref,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = {
          instancePath: instancePath + '/ref',
          schemaPath: '#/properties/ref/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema28.properties.ref.type,
          parentSchema: schema28.properties.ref,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.sha !== void 0) {
      let data3 = data.sha;
      if (typeof data3 === 'string') {
        if (!pattern10.test(data3)) {
          const err14 = {
            instancePath: instancePath + '/sha',
            schemaPath: '#/properties/sha/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9a-f]{40}(?:[0-9a-f]{24})?$' },
            message: 'must match pattern "^[0-9a-f]{40}(?:[0-9a-f]{24})?$"',
            schema: '^[0-9a-f]{40}(?:[0-9a-f]{24})?$',
            parentSchema: schema28.properties.sha,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/sha',
          schemaPath: '#/properties/sha/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema28.properties.sha.type,
          parentSchema: schema28.properties.sha,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data4 = data.url;
      if (typeof data4 === 'string') {
        if (func1(data4) > 8192) {
          const err16 = {
            instancePath: instancePath + '/url',
            schemaPath: '#/properties/url/maxLength',
            keyword: 'maxLength',
            params: { limit: 8192 },
            message: 'must NOT have more than 8192 characters',
            schema: 8192,
            parentSchema: schema28.properties.url,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern11.test(data4)) {
          const err17 = {
            instancePath: instancePath + '/url',
            schemaPath: '#/properties/url/pattern',
            keyword: 'pattern',
            params: { pattern: '^https?://' },
            message: 'must match pattern "^https?://"',
            schema: '^https?://',
            parentSchema: schema28.properties.url,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (!formats2(data4)) {
          const err18 = {
            instancePath: instancePath + '/url',
            schemaPath: '#/properties/url/format',
            keyword: 'format',
            params: { format: 'uri' },
            message: 'must match format "uri"',
            schema: 'uri',
            parentSchema: schema28.properties.url,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/url',
          schemaPath: '#/properties/url/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema28.properties.url.type,
          parentSchema: schema28.properties.url,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.pull !== void 0) {
      let data5 = data.pull;
      if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
        const err20 = {
          instancePath: instancePath + '/pull',
          schemaPath: '#/properties/pull/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema28.properties.pull.type,
          parentSchema: schema28.properties.pull,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (typeof data5 == 'number' && isFinite(data5)) {
        if (data5 < 1 || isNaN(data5)) {
          const err21 = {
            instancePath: instancePath + '/pull',
            schemaPath: '#/properties/pull/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
            schema: 1,
            parentSchema: schema28.properties.pull,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    }
  } else {
    const err22 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema28.type,
      parentSchema: schema28,
      data,
    };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate72.errors = vErrors;
  return errors === 0;
}
validate72.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate55(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate55.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.product === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'product' },
        message: "must have required property 'product'",
        schema: schema21.required,
        parentSchema: schema21,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version' },
        message: "must have required property 'version'",
        schema: schema21.required,
        parentSchema: schema21,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property 'type'",
        schema: schema21.required,
        parentSchema: schema21,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.date === void 0) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'date' },
        message: "must have required property 'date'",
        schema: schema21.required,
        parentSchema: schema21,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.depends_on === void 0) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'depends_on' },
        message: "must have required property 'depends_on'",
        schema: schema21.required,
        parentSchema: schema21,
        data,
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.systems === void 0) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'systems' },
        message: "must have required property 'systems'",
        schema: schema21.required,
        parentSchema: schema21,
        data,
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'source' },
        message: "must have required property 'source'",
        schema: schema21.required,
        parentSchema: schema21,
        data,
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema21.properties, key0)) {
        const err7 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema21,
          data,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.product !== void 0) {
      if (
        !validate56(data.product, {
          instancePath: instancePath + '/product',
          parentData: data,
          parentDataProperty: 'product',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== void 0) {
      if (
        !validate58(data.version, {
          instancePath: instancePath + '/version',
          parentData: data,
          parentDataProperty: 'version',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
        errors = vErrors.length;
      }
    }
    if (data.type !== void 0) {
      if (
        !validate60(data.type, {
          instancePath: instancePath + '/type',
          parentData: data,
          parentDataProperty: 'type',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
        errors = vErrors.length;
      }
    }
    if (data.date !== void 0) {
      if (
        !validate53(data.date, {
          instancePath: instancePath + '/date',
          parentData: data,
          parentDataProperty: 'date',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.window_end !== void 0) {
      if (
        !validate53(data.window_end, {
          instancePath: instancePath + '/window_end',
          parentData: data,
          parentDataProperty: 'window_end',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.manager !== void 0) {
      if (
        !validate64(data.manager, {
          instancePath: instancePath + '/manager',
          parentData: data,
          parentDataProperty: 'manager',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
        errors = vErrors.length;
      }
    }
    if (data.depends_on !== void 0) {
      let data6 = data.depends_on;
      if (Array.isArray(data6)) {
        if (data6.length > 1e3) {
          const err8 = {
            instancePath: instancePath + '/depends_on',
            schemaPath: '#/properties/depends_on/maxItems',
            keyword: 'maxItems',
            params: { limit: 1e3 },
            message: 'must NOT have more than 1000 items',
            schema: 1e3,
            parentSchema: schema21.properties.depends_on,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate66(data6[i0], {
              instancePath: instancePath + '/depends_on/' + i0,
              parentData: data6,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/depends_on',
          schemaPath: '#/properties/depends_on/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema21.properties.depends_on.type,
          parentSchema: schema21.properties.depends_on,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.systems !== void 0) {
      let data8 = data.systems;
      if (Array.isArray(data8)) {
        if (data8.length > 1e3) {
          const err10 = {
            instancePath: instancePath + '/systems',
            schemaPath: '#/properties/systems/maxItems',
            keyword: 'maxItems',
            params: { limit: 1e3 },
            message: 'must NOT have more than 1000 items',
            schema: 1e3,
            parentSchema: schema21.properties.systems,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (
            !validate70(data8[i1], {
              instancePath: instancePath + '/systems/' + i1,
              parentData: data8,
              parentDataProperty: i1,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
        let i2 = data8.length;
        let j0;
        if (i2 > 1) {
          outer0: for (; i2--;) {
            for (j0 = i2; j0--;) {
              if (func0(data8[i2], data8[j0])) {
                const err11 = {
                  instancePath: instancePath + '/systems',
                  schemaPath: '#/properties/systems/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i2, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i2 + ' are identical)',
                  schema: true,
                  parentSchema: schema21.properties.systems,
                  data: data8,
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/systems',
          schemaPath: '#/properties/systems/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema21.properties.systems.type,
          parentSchema: schema21.properties.systems,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      if (
        !validate72(data.source, {
          instancePath: instancePath + '/source',
          parentData: data,
          parentDataProperty: 'source',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err13 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema21.type,
      parentSchema: schema21,
      data,
    };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
validate55.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema29 = {
  title: 'Problem',
  description: 'A file that was found but could not be read as a release.',
  type: 'object',
  additionalProperties: false,
  required: ['repo', 'path', 'line', 'column', 'rule', 'message'],
  properties: {
    repo: { title: 'Repository', type: 'string', description: 'owner/name.', examples: ['octoacme/search'] },
    path: {
      title: 'Path',
      type: 'string',
      description:
        "The file's path in the repository; empty when the repository itself (its tree, its pull requests) could not be read.",
      examples: ['release.yml'],
    },
    pull: {
      title: 'Pull request',
      type: 'integer',
      minimum: 1,
      description: 'The pull request the file was read from, if any.',
    },
    line: { title: 'Line', type: 'integer', minimum: 1, description: '1-based line.' },
    column: { title: 'Column', type: 'integer', minimum: 1, description: '1-based column.' },
    rule: {
      title: 'Rule',
      type: 'string',
      description:
        'What failed: `yaml-syntax`, `schema`, or `unreadable` when the file could not be fetched or is too large.',
      examples: ['schema'],
    },
    message: { title: 'Message', type: 'string', description: 'What is wrong, in one line.' },
  },
  examples: [
    {
      repo: 'octoacme/search',
      path: 'release.yml',
      line: 4,
      column: 7,
      rule: 'schema',
      message: '`version` must be a SemVer version like 2.4.0.',
    },
  ],
};
function validate75(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate75.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.repo === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'repo' },
        message: "must have required property 'repo'",
        schema: schema29.required,
        parentSchema: schema29,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.path === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
        message: "must have required property 'path'",
        schema: schema29.required,
        parentSchema: schema29,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.line === void 0) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'line' },
        message: "must have required property 'line'",
        schema: schema29.required,
        parentSchema: schema29,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.column === void 0) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'column' },
        message: "must have required property 'column'",
        schema: schema29.required,
        parentSchema: schema29,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.rule === void 0) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'rule' },
        message: "must have required property 'rule'",
        schema: schema29.required,
        parentSchema: schema29,
        data,
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'message' },
        message: "must have required property 'message'",
        schema: schema29.required,
        parentSchema: schema29,
        data,
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'repo' ||
        key0 === 'path' ||
        key0 === 'pull' ||
        key0 === 'line' ||
        key0 === 'column' ||
        key0 === 'rule' ||
        key0 === 'message'
      )) {
        const err6 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema29,
          data,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.repo !== void 0) {
      let data0 = data.repo;
      if (typeof data0 !== 'string') {
        const err7 = {
          instancePath: instancePath + '/repo',
          schemaPath: '#/properties/repo/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema29.properties.repo.type,
          parentSchema: schema29.properties.repo,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data1 = data.path;
      if (typeof data1 !== 'string') {
        const err8 = {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema29.properties.path.type,
          parentSchema: schema29.properties.path,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.pull !== void 0) {
      let data2 = data.pull;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        const err9 = {
          instancePath: instancePath + '/pull',
          schemaPath: '#/properties/pull/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema29.properties.pull.type,
          parentSchema: schema29.properties.pull,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data2 == 'number' && isFinite(data2)) {
        if (data2 < 1 || isNaN(data2)) {
          const err10 = {
            instancePath: instancePath + '/pull',
            schemaPath: '#/properties/pull/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
            schema: 1,
            parentSchema: schema29.properties.pull,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.line !== void 0) {
      let data3 = data.line;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
        const err11 = {
          instancePath: instancePath + '/line',
          schemaPath: '#/properties/line/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema29.properties.line.type,
          parentSchema: schema29.properties.line,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data3 == 'number' && isFinite(data3)) {
        if (data3 < 1 || isNaN(data3)) {
          const err12 = {
            instancePath: instancePath + '/line',
            schemaPath: '#/properties/line/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
            schema: 1,
            parentSchema: schema29.properties.line,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.column !== void 0) {
      let data4 = data.column;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
        const err13 = {
          instancePath: instancePath + '/column',
          schemaPath: '#/properties/column/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema29.properties.column.type,
          parentSchema: schema29.properties.column,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data4 == 'number' && isFinite(data4)) {
        if (data4 < 1 || isNaN(data4)) {
          const err14 = {
            instancePath: instancePath + '/column',
            schemaPath: '#/properties/column/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
            schema: 1,
            parentSchema: schema29.properties.column,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.rule !== void 0) {
      let data5 = data.rule;
      if (typeof data5 !== 'string') {
        const err15 = {
          instancePath: instancePath + '/rule',
          schemaPath: '#/properties/rule/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema29.properties.rule.type,
          parentSchema: schema29.properties.rule,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      let data6 = data.message;
      if (typeof data6 !== 'string') {
        const err16 = {
          instancePath: instancePath + '/message',
          schemaPath: '#/properties/message/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema29.properties.message.type,
          parentSchema: schema29.properties.message,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema29.type,
      parentSchema: schema29,
      data,
    };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate75.errors = vErrors;
  return errors === 0;
}
validate75.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate52(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.org === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'org' },
        message: "must have required property 'org'",
        schema: schema19.required,
        parentSchema: schema19,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.collected_at === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'collected_at' },
        message: "must have required property 'collected_at'",
        schema: schema19.required,
        parentSchema: schema19,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.releases === void 0) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'releases' },
        message: "must have required property 'releases'",
        schema: schema19.required,
        parentSchema: schema19,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.problems === void 0) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'problems' },
        message: "must have required property 'problems'",
        schema: schema19.required,
        parentSchema: schema19,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === '$schema' ||
        key0 === 'org' ||
        key0 === 'collected_at' ||
        key0 === 'releases' ||
        key0 === 'problems'
      )) {
        const err4 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema19,
          data,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== 'string') {
        const err5 = {
          instancePath: instancePath + '/$schema',
          schemaPath: '#/properties/%24schema/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema19.properties.$schema.type,
          parentSchema: schema19.properties.$schema,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.org !== void 0) {
      let data1 = data.org;
      if (typeof data1 === 'string') {
        if (func1(data1) > 39) {
          const err6 = {
            instancePath: instancePath + '/org',
            schemaPath: '#/properties/org/maxLength',
            keyword: 'maxLength',
            params: { limit: 39 },
            message: 'must NOT have more than 39 characters',
            schema: 39,
            parentSchema: schema19.properties.org,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern3.test(data1)) {
          const err7 = {
            instancePath: instancePath + '/org',
            schemaPath: '#/properties/org/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9](?:-?[A-Za-z0-9])*$' },
            message: 'must match pattern "^[A-Za-z0-9](?:-?[A-Za-z0-9])*$"',
            schema: '^[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
            parentSchema: schema19.properties.org,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/org',
          schemaPath: '#/properties/org/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema19.properties.org.type,
          parentSchema: schema19.properties.org,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.collected_at !== void 0) {
      if (
        !validate53(data.collected_at, {
          instancePath: instancePath + '/collected_at',
          parentData: data,
          parentDataProperty: 'collected_at',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.releases !== void 0) {
      let data3 = data.releases;
      if (Array.isArray(data3)) {
        if (data3.length > 1e5) {
          const err9 = {
            instancePath: instancePath + '/releases',
            schemaPath: '#/properties/releases/maxItems',
            keyword: 'maxItems',
            params: { limit: 1e5 },
            message: 'must NOT have more than 100000 items',
            schema: 1e5,
            parentSchema: schema19.properties.releases,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate55(data3[i0], {
              instancePath: instancePath + '/releases/' + i0,
              parentData: data3,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/releases',
          schemaPath: '#/properties/releases/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema19.properties.releases.type,
          parentSchema: schema19.properties.releases,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.problems !== void 0) {
      let data5 = data.problems;
      if (Array.isArray(data5)) {
        if (data5.length > 1e5) {
          const err11 = {
            instancePath: instancePath + '/problems',
            schemaPath: '#/properties/problems/maxItems',
            keyword: 'maxItems',
            params: { limit: 1e5 },
            message: 'must NOT have more than 100000 items',
            schema: 1e5,
            parentSchema: schema19.properties.problems,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (
            !validate75(data5[i1], {
              instancePath: instancePath + '/problems/' + i1,
              parentData: data5,
              parentDataProperty: i1,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/problems',
          schemaPath: '#/properties/problems/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema19.properties.problems.type,
          parentSchema: schema19.properties.problems,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema19.type,
      parentSchema: schema19,
      data,
    };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export { releases_schema_default as schema, validate };
