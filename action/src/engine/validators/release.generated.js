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

// schemas/release.schema.json
var release_schema_default = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://octoacme.github.io/release-policy/schemas/release.schema.json',
  title: 'release.yml',
  description:
    'One release of one product: what ships and when, how it is deployed, verified and rolled back, and who signed off. `release-policy check` validates it against this schema, then against the policy (by default OctoAcme\u2019s release & deployment guide). Paths are relative to the folder that holds this file and must stay inside the repository.',
  type: 'object',
  additionalProperties: false,
  required: ['product', 'version', 'type', 'date'],
  properties: {
    $schema: {
      title: 'Schema URL',
      description:
        'The URL of this schema, for editors that read a `$schema` key rather than the `# yaml-language-server: $schema=\u2026` comment. The checker ignores it.',
      type: 'string',
      minLength: 1,
      examples: ['https://octoacme.github.io/release-policy/schemas/release.schema.json'],
    },
    product: {
      $ref: '#/$defs/slug',
      title: 'Product',
      description:
        'The product (service, app or library) this release ships, as a lowercase slug. Use the same name as the release calendar, so planned releases, dependencies and conflicts line up.',
      examples: ['payments-api', 'checkout-web'],
    },
    version: {
      $ref: '#/$defs/semver',
      title: 'Version',
      description:
        'The version this release ships, SemVer 2.0.0 without a leading "v". Quote it: YAML reads an unquoted 1.10 as the number 1.1.',
      examples: ['2.4.0', '1.2.4', '3.0.0-rc.1'],
    },
    previous: {
      $ref: '#/$defs/semver',
      title: 'Previous version',
      description:
        'The version this release replaces (the one in production now). `version-bump` checks that `version` follows it as `type` says: patch x.y.z \u2192 x.y.(z+1), minor \u2192 x.(y+1).0, major \u2192 (x+1).0.0. Leave it out for a product\u2019s first release.',
      examples: ['2.3.1'],
    },
    type: {
      $ref: '#/$defs/releaseType',
      title: 'Release type',
      description:
        'patch: hotfixes for critical production issues or security vulnerabilities; minor: incremental features and improvements, no breaking changes; major: significant functionality or breaking changes. The policy derives the required sign-offs, notes template, lead times and rollback rigour from it.',
      examples: ['minor', 'patch', 'major'],
    },
    date: {
      $ref: '#/$defs/dateTime',
      title: 'Production deploy date',
      description:
        'When the production deployment is planned to start: an RFC 3339 date-time with its UTC offset (Z or \xB1hh:mm). In plan mode blackouts, lead times and sign-off freshness are measured against it.',
      examples: ['2026-12-08T15:00:00-05:00'],
    },
    window: {
      title: 'Deployment window',
      description:
        'When the production deployment runs, from `start` (default: `date`) up to `end` (exclusive). The whole window is checked against blackouts, and against other releases and maintenance windows in the calendar.',
      type: 'object',
      additionalProperties: false,
      required: ['end'],
      properties: {
        start: {
          $ref: '#/$defs/dateTime',
          title: 'Window start',
          description: 'When the deployment starts, if not at `date`. RFC 3339 with its offset.',
          examples: ['2026-12-08T15:00:00-05:00'],
        },
        end: {
          $ref: '#/$defs/dateTime',
          title: 'Window end',
          description:
            'When the deployment must be finished (exclusive). RFC 3339 with its offset; after the start.',
          examples: ['2026-12-08T17:00:00-05:00'],
        },
      },
      examples: [
        {
          end: '2026-12-08T17:00:00-05:00',
        },
      ],
    },
    strategy: {
      $ref: '#/$defs/strategy',
      title: 'Deployment strategy',
      description:
        'How the release reaches production. blue-green: two identical environments, traffic switched; canary: a small share of users first, then expand; rolling: instances updated one at a time; feature-flags: deployed dark, enabled selectively; maintenance-window: system taken offline. The policy may limit the strategies a release type allows.',
      examples: ['canary', 'rolling'],
    },
    manager: {
      $ref: '#/$defs/githubUser',
      title: 'Release Manager',
      description:
        'GitHub handle of the Release Manager, who coordinates the release and makes the go/no-go decision. Offline, this person holds the release-manager role (for example to approve a waiver).',
      examples: ['@dana'],
    },
    notes: {
      $ref: '#/$defs/relativePath',
      title: 'Release notes',
      description:
        'Path of the release notes (Markdown), relative to this file\u2019s folder. Start them from the policy\u2019s notes template for this type (OctoAcme: standard notes for minor and major, hotfix notes for patch).',
      examples: ['docs/releases/2.4.0.md', 'RELEASE_NOTES.md'],
    },
    changes: {
      title: 'Kinds of change',
      description:
        'What this release changes. Each kind set to true adds the policy\u2019s conditional requirements (OctoAcme: security \u2192 Security sign-off; ui \u2192 UX sign-off and accessibility testing; customer_facing \u2192 Customer Support Lead sign-off, a communication plan and a briefed support team; database_migrations \u2192 a tested rollback; breaking \u2192 migration steps; infrastructure \u2192 DevOps/SRE sign-off). A kind left out counts as false.',
      type: 'object',
      additionalProperties: false,
      properties: {
        customer_facing: {
          title: 'Customer-facing',
          description:
            'Customers will notice the change (features, behaviour, API, pricing). Needs a customer communication plan and a support hand-off.',
          type: 'boolean',
          examples: [true],
        },
        ui: {
          title: 'UI changes',
          description:
            'The release changes the user interface. The guide requires accessibility testing for UI changes.',
          type: 'boolean',
          examples: [true],
        },
        security: {
          title: 'Security-sensitive',
          description:
            'The release touches authentication, authorization, secrets or cryptography, or fixes a vulnerability. The guide requires a security approval.',
          type: 'boolean',
          examples: [true],
        },
        database_migrations: {
          title: 'Database migrations',
          description:
            'The release runs database migrations. The guide requires migration scripts and their rollback to be tested.',
          type: 'boolean',
          examples: [true],
        },
        breaking: {
          title: 'Breaking changes',
          description:
            'The release breaks compatibility (API, data format, behaviour). Only a major release may; its notes must list each breaking change with migration steps.',
          type: 'boolean',
          examples: [false],
        },
        infrastructure: {
          title: 'Infrastructure changes',
          description:
            'The release changes infrastructure (capacity, networking, platform configuration), which DevOps/SRE manages.',
          type: 'boolean',
          examples: [true],
        },
      },
      examples: [
        {
          customer_facing: true,
          ui: true,
          security: false,
          database_migrations: true,
          breaking: false,
        },
      ],
    },
    milestones: {
      title: 'Milestones',
      description:
        'Dates on the release\u2019s planning timeline. `lead-time` compares them with the policy\u2019s lead times for this type (OctoAcme: minor and major need the feature freeze at least 28 days and the code freeze at least 14 days before `date`; a major is planned at least 56 days ahead). A date alone is a whole day in the calendar\u2019s timezone.',
      type: 'object',
      additionalProperties: false,
      properties: {
        planning: {
          $ref: '#/$defs/dateOrDateTime',
          title: 'Planning start',
          description:
            'When release planning began: goals, scope, dependencies and an initial timeline (the guide\u2019s \u201C8 weeks before release\u201D step).',
          examples: ['2026-10-13'],
        },
        feature_freeze: {
          $ref: '#/$defs/dateOrDateTime',
          title: 'Feature freeze',
          description:
            'When the release scope was finalized (the guide\u2019s \u201C4 weeks before release\u201D step).',
          examples: ['2026-11-10'],
        },
        code_freeze: {
          $ref: '#/$defs/dateOrDateTime',
          title: 'Code freeze',
          description:
            'When the release branch was cut (the guide\u2019s \u201C2 weeks before release\u201D step).',
          examples: ['2026-11-24'],
        },
      },
      examples: [
        {
          feature_freeze: '2026-11-10',
          code_freeze: '2026-11-24',
        },
      ],
    },
    incident: {
      title: 'Incident',
      description:
        'The incident this release responds to, for a patch (hotfix). Its severity decides whether a calendar blackout\u2019s emergency exception can apply (OctoAcme: SEV1 and SEV2).',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'severity'],
      properties: {
        id: {
          $ref: '#/$defs/incidentId',
          title: 'Incident id',
          description:
            'The incident\u2019s id in the incident management tool (PagerDuty, Opsgenie, \u2026).',
          examples: ['INC-4821'],
        },
        severity: {
          $ref: '#/$defs/incidentSeverity',
          title: 'Severity',
          description:
            'SEV1 critical (production down, data loss, security breach), SEV2 high (major functionality unavailable, >50% of users), SEV3 medium (partial, workaround available), SEV4 low (cosmetic).',
          examples: ['SEV1'],
        },
      },
      examples: [
        {
          id: 'INC-4821',
          severity: 'SEV1',
        },
      ],
    },
    rollback: {
      title: 'Rollback',
      description:
        'How to undo this release (the guide\u2019s Rollback & Incident Playbook). `rollback-plan` checks that the plan exists (the file, or a URL) and that it was tested where the policy requires it.',
      type: 'object',
      additionalProperties: false,
      properties: {
        plan: {
          $ref: '#/$defs/pathOrUrl',
          title: 'Rollback plan',
          description:
            'The rollback procedure: a path relative to this file\u2019s folder (a runbook in the repository) or an https:// URL.',
          examples: ['docs/runbooks/rollback.md', 'https://wiki.octoacme.example/runbooks/payments-rollback'],
        },
        tested: {
          title: 'Rollback tested',
          description:
            'Whether the rollback procedure was tested, for example in staging. OctoAcme requires it for minor and major releases and for database migrations.',
          type: 'boolean',
          examples: [true],
        },
      },
      examples: [
        {
          plan: 'docs/runbooks/rollback.md',
          tested: true,
        },
      ],
    },
    verification: {
      title: 'Verification',
      description:
        'How the deployment is verified (the guide\u2019s post-deployment verification): the smoke tests, the monitoring, and for UI changes the accessibility testing.',
      type: 'object',
      additionalProperties: false,
      properties: {
        smoke_tests: {
          $ref: '#/$defs/pathOrUrl',
          title: 'Smoke tests',
          description:
            'The smoke tests run on staging and after the production deploy: a relative path (file or folder) or an https:// URL (a CI job).',
          examples: ['tests/smoke/'],
        },
        monitoring: {
          $ref: '#/$defs/pathOrUrl',
          title: 'Monitoring',
          description:
            'The dashboards and alerts that watch the release: an https:// URL or a relative path to a monitoring runbook.',
          examples: ['https://grafana.octoacme.example/d/payments'],
        },
        accessibility_tested: {
          title: 'Accessibility tested',
          description:
            'Whether accessibility testing was completed. The guide requires it when the release changes the UI (`changes.ui`).',
          type: 'boolean',
          examples: [true],
        },
      },
      examples: [
        {
          smoke_tests: 'tests/smoke/',
          monitoring: 'https://grafana.octoacme.example/d/payments',
        },
      ],
    },
    communication: {
      title: 'Communication',
      description:
        'The support hand-off and customer communication, required when `changes.customer_facing` is true (`customer-communication`).',
      type: 'object',
      additionalProperties: false,
      properties: {
        support_briefed: {
          title: 'Support briefed',
          description:
            'Whether the support team was trained on the changes and given the release notes and known issues (the Customer Support Lead\u2019s hand-off).',
          type: 'boolean',
          examples: [true],
        },
        customer_plan: {
          $ref: '#/$defs/pathOrUrl',
          title: 'Customer communication plan',
          description:
            'The customer communication plan, as a relative path or an https:// URL: what is announced to which customer segments, timed with the deployment.',
          examples: ['docs/comms/2.4.0.md', 'https://wiki.octoacme.example/comms/payments-2.4'],
        },
      },
      examples: [
        {
          support_briefed: true,
          customer_plan: 'https://wiki.octoacme.example/comms/payments-2.4',
        },
      ],
    },
    signoffs: {
      title: 'Sign-offs',
      description:
        'Who signed off, in which role, and when. The policy names the roles each release type and kind of change requires (`signoff-required`). A sign-off is stale when it is for another version, dated after `date`, or older than the policy\u2019s maximum age (`signoff-stale`).',
      type: 'array',
      items: {
        $ref: '#/$defs/signoff',
      },
      examples: [
        [
          {
            role: 'qa-lead',
            by: '@bob',
            date: '2026-12-01',
          },
        ],
      ],
    },
    exceptions: {
      title: 'Exceptions (waivers)',
      description:
        'Waivers of policy rules: which rule, why, who approved, until when. A waiver covers every finding of its rule on this release; `exception-invalid` reports one with no reason, an approver without a granting role, or an expiry in the past, and an unused waiver is reported too. Syntax and schema errors can never be waived.',
      type: 'array',
      items: {
        $ref: '#/$defs/waiver',
      },
      examples: [
        [
          {
            rule: 'blackout-window',
            reason: 'SEV1 fix for INC-4821',
            approved_by: '@dana',
            expires: '2026-12-20',
          },
        ],
      ],
    },
    depends_on: {
      title: 'Depends on',
      description:
        'Releases of other products that must be in production before this one. `release-conflict` reports a dependency that the calendar plans to ship after this release.',
      type: 'array',
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
      description:
        'The systems (configuration items: databases, clusters, queues, shared services) this release changes, as lowercase slugs, each once. Blackouts, maintenance and deployment windows in the calendar may be scoped to systems: a scoped window concerns this release when it lists one of its systems. `release-conflict` warns of maintenance on a listed system, and of another release touching the same system at an overlapping time; a release that lists no systems is warned of every maintenance it overlaps.',
      type: 'array',
      items: {
        $ref: '#/$defs/slug',
      },
      uniqueItems: true,
      examples: [['payments-db', 'ledger-db']],
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
    dateOrDateTime: {
      title: 'a date (like 2026-12-01) or an RFC 3339 date-time with its offset',
      description:
        'Either YYYY-MM-DD, a whole day in the calendar\u2019s timezone, or an RFC 3339 date-time with Z or \xB1hh:mm.',
      type: 'string',
      pattern:
        '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
      if: {
        maxLength: 10,
      },
      then: {
        format: 'date',
      },
      else: {
        format: 'date-time',
      },
      examples: ['2026-12-01', '2026-12-01T10:30:00-05:00'],
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
    githubUserOrTeam: {
      title: 'a GitHub handle (like "@carol") or team (like "@octoacme/qa")',
      description:
        'An @ then a GitHub login, optionally followed by a slash and a team slug of that organization.',
      type: 'string',
      pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9][A-Za-z0-9_-]*)?$',
      maxLength: 150,
      examples: ['@carol', '@octoacme/qa'],
    },
    relativePath: {
      title: 'a relative path with "/" separators (like docs/releases/2.4.0.md)',
      description:
        'Relative to the folder of the file that names it, with / separators. Not absolute (/\u2026, C:\u2026, ~\u2026) and not a URL. It may climb with ../ but must stay inside the repository, which the checker verifies.',
      type: 'string',
      pattern: '^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$',
      maxLength: 1024,
      examples: ['docs/releases/2.4.0.md', '../../templates/release-notes.md'],
    },
    pathOrUrl: {
      title: 'a relative path (like docs/runbooks/rollback.md) or an https:// URL',
      description:
        'Either a path relative to the folder of the file that names it (/ separators, inside the repository) or an absolute https:// URL, without a user name or password in it.',
      type: 'string',
      pattern: '^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$',
      maxLength: 2048,
      not: {
        title: 'a URL with a user name or password in it',
        description:
          'Credentials in a URL are readable by anyone who reads release.yml, the logs or the reports. Remove the user:password@ part: link to the page itself and let readers sign in.',
        pattern: '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#\\s]*@',
      },
      examples: ['docs/runbooks/rollback.md', 'https://wiki.octoacme.example/runbooks/payments-rollback'],
    },
    text: {
      title: 'a text with at least one character that is not a space',
      description: 'Free text; it must not be empty or only whitespace.',
      type: 'string',
      pattern: '\\S',
      maxLength: 2e3,
      examples: ['SEV1 fix for INC-4821'],
    },
    releaseType: {
      title: 'a release type',
      description: 'patch (1.2.3 \u2192 1.2.4), minor (1.2.0 \u2192 1.3.0) or major (1.0.0 \u2192 2.0.0).',
      type: 'string',
      enum: ['patch', 'minor', 'major'],
      examples: ['minor'],
    },
    strategy: {
      title: 'a deployment strategy',
      description:
        'One of the guide\u2019s deployment strategies: blue-green, canary, rolling, feature-flags or maintenance-window.',
      type: 'string',
      enum: ['blue-green', 'canary', 'rolling', 'feature-flags', 'maintenance-window'],
      examples: ['canary'],
    },
    incidentSeverity: {
      title: 'an incident severity',
      description:
        'SEV1 (critical), SEV2 (high), SEV3 (medium) or SEV4 (low), from the guide\u2019s incident severity levels.',
      type: 'string',
      enum: ['SEV1', 'SEV2', 'SEV3', 'SEV4'],
      examples: ['SEV1'],
    },
    incidentId: {
      title: 'an incident id (like INC-4821)',
      description:
        'The incident\u2019s id in the incident management tool: letters, digits and . _ : # / - , starting with a letter or digit.',
      type: 'string',
      pattern: '^[A-Za-z0-9][A-Za-z0-9._:#/-]*$',
      maxLength: 64,
      examples: ['INC-4821'],
    },
    ruleName: {
      title: 'a rule id (lowercase words joined by hyphens, like blackout-window)',
      description: 'The id of a rule from the rule catalogue, lowercase with hyphens.',
      type: 'string',
      pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
      maxLength: 64,
      examples: ['blackout-window'],
    },
    signoff: {
      title: 'Sign-off',
      description: 'One person\u2019s or team\u2019s approval of this release in one role.',
      type: 'object',
      additionalProperties: false,
      required: ['role', 'by', 'date'],
      properties: {
        role: {
          title: 'Role',
          description:
            'The role signed for: a role id of the policy (OctoAcme: release-manager, product-owner, qa-lead, tech-lead, devops, ux, security, executive, support-lead) or one of its aliases (product-manager, qa, qa-engineer, sre, devops-engineer, customer-support-lead).',
          type: 'string',
          minLength: 1,
          maxLength: 64,
          examples: ['qa-lead', 'product-manager'],
        },
        by: {
          $ref: '#/$defs/githubUserOrTeam',
          title: 'Signed by',
          description:
            'GitHub handle of the person (@carol) or team (@octoacme/qa) who signed off. With a token, `signoff-verified` checks that they approved the release pull request and are among the role\u2019s users or teams.',
          examples: ['@carol', '@octoacme/qa'],
        },
        date: {
          $ref: '#/$defs/dateOrDateTime',
          title: 'Sign-off date',
          description: 'When they signed off: YYYY-MM-DD or an RFC 3339 date-time with its offset.',
          examples: ['2026-12-01'],
        },
        version: {
          $ref: '#/$defs/semver',
          title: 'Version signed',
          description:
            'The version they signed off, when it is not `version`. A sign-off for another version is stale.',
          examples: ['2.4.0'],
        },
        note: {
          $ref: '#/$defs/text',
          title: 'Note',
          description: 'Free text: conditions, a link to the test report, anything a reviewer should know.',
          examples: ['UAT report: https://wiki.octoacme.example/uat/payments-2.4'],
        },
      },
      examples: [
        {
          role: 'tech-lead',
          by: '@carol',
          date: '2026-12-01',
          version: '2.4.0',
        },
      ],
    },
    waiver: {
      title: 'Waiver',
      description: 'One exception to one policy rule for this release, approved by someone who may grant it.',
      type: 'object',
      additionalProperties: false,
      required: ['rule', 'reason', 'approved_by', 'expires'],
      properties: {
        rule: {
          $ref: '#/$defs/ruleName',
          title: 'Rule',
          description:
            'The id of the rule waived, as in the rule catalogue (blackout-window, lead-time, \u2026). Only rules the policy declares waivable can be waived; the policy decides which.',
          examples: ['blackout-window'],
        },
        reason: {
          $ref: '#/$defs/text',
          title: 'Reason',
          description: 'Why the rule is waived; for an emergency, the incident and its impact.',
          examples: ['SEV1 fix for INC-4821'],
        },
        approved_by: {
          $ref: '#/$defs/githubUser',
          title: 'Approved by',
          description:
            'GitHub handle of the approver, who must hold a role allowed to grant this waiver (the policy\u2019s `exceptions.waivable`; for a blackout with its own `exception`, the calendar\u2019s roles). Offline, a person holds a role when this file names them in it (`manager`, or a sign-off\u2019s `by`); with a token, the policy\u2019s users and teams decide. The release\u2019s own author cannot approve it.',
          examples: ['@dana'],
        },
        expires: {
          $ref: '#/$defs/dateOrDateTime',
          title: 'Expires',
          description:
            'When the waiver stops applying: YYYY-MM-DD (valid through that whole day in the calendar\u2019s timezone) or an RFC 3339 date-time. An expired waiver is an error; the policy caps how far ahead it may be (`exceptions.max_days`).',
          examples: ['2026-12-20'],
        },
        incident: {
          $ref: '#/$defs/incidentId',
          title: 'Incident',
          description: 'The id of the incident that justifies the waiver, for emergency exceptions.',
          examples: ['INC-4821'],
        },
      },
      examples: [
        {
          rule: 'blackout-window',
          reason: 'SEV1 fix for INC-4821',
          approved_by: '@dana',
          expires: '2026-12-20',
        },
      ],
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
  },
  examples: [
    {
      product: 'payments-api',
      version: '2.4.0',
      previous: '2.3.1',
      type: 'minor',
      date: '2026-12-08T15:00:00-05:00',
      window: {
        end: '2026-12-08T17:00:00-05:00',
      },
      strategy: 'canary',
      manager: '@dana',
      notes: 'docs/releases/2.4.0.md',
      changes: {
        customer_facing: true,
        ui: true,
        security: false,
        database_migrations: true,
        breaking: false,
      },
      milestones: {
        feature_freeze: '2026-11-10',
        code_freeze: '2026-11-24',
      },
      rollback: {
        plan: 'docs/runbooks/rollback.md',
        tested: true,
      },
      verification: {
        smoke_tests: 'tests/smoke/',
        monitoring: 'https://grafana.octoacme.example/d/payments',
        accessibility_tested: true,
      },
      communication: {
        support_briefed: true,
        customer_plan: 'https://wiki.octoacme.example/comms/payments-2.4',
      },
      signoffs: [
        {
          role: 'qa-lead',
          by: '@bob',
          date: '2026-12-01',
        },
        {
          role: 'tech-lead',
          by: '@carol',
          date: '2026-12-01',
          version: '2.4.0',
        },
      ],
      depends_on: [
        {
          product: 'ledger',
          version: '5.1.0',
        },
      ],
    },
    {
      product: 'payments-api',
      version: '2.4.1',
      previous: '2.4.0',
      type: 'patch',
      date: '2026-12-21T10:00:00-05:00',
      manager: '@dana',
      notes: 'docs/releases/2.4.1.md',
      changes: {
        security: true,
      },
      incident: {
        id: 'INC-4821',
        severity: 'SEV1',
      },
      rollback: {
        plan: 'docs/runbooks/rollback.md',
        tested: false,
      },
      signoffs: [
        {
          role: 'tech-lead',
          by: '@carol',
          date: '2026-12-21',
        },
        {
          role: 'product-owner',
          by: '@erin',
          date: '2026-12-21',
        },
        {
          role: 'security',
          by: '@octoacme/security',
          date: '2026-12-21',
        },
      ],
      exceptions: [
        {
          rule: 'blackout-window',
          reason: 'SEV1 fix for INC-4821 during the year-end freeze',
          approved_by: '@dana',
          expires: '2026-12-22',
          incident: 'INC-4821',
        },
      ],
    },
  ],
};

// release.js
var validate = validate52;
var schema19 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://octoacme.github.io/release-policy/schemas/release.schema.json',
  title: 'release.yml',
  description:
    'One release of one product: what ships and when, how it is deployed, verified and rolled back, and who signed off. `release-policy check` validates it against this schema, then against the policy (by default OctoAcme\u2019s release & deployment guide). Paths are relative to the folder that holds this file and must stay inside the repository.',
  type: 'object',
  additionalProperties: false,
  required: ['product', 'version', 'type', 'date'],
  properties: {
    $schema: {
      title: 'Schema URL',
      description:
        'The URL of this schema, for editors that read a `$schema` key rather than the `# yaml-language-server: $schema=\u2026` comment. The checker ignores it.',
      type: 'string',
      minLength: 1,
      examples: ['https://octoacme.github.io/release-policy/schemas/release.schema.json'],
    },
    product: {
      $ref: '#/$defs/slug',
      title: 'Product',
      description:
        'The product (service, app or library) this release ships, as a lowercase slug. Use the same name as the release calendar, so planned releases, dependencies and conflicts line up.',
      examples: ['payments-api', 'checkout-web'],
    },
    version: {
      $ref: '#/$defs/semver',
      title: 'Version',
      description:
        'The version this release ships, SemVer 2.0.0 without a leading "v". Quote it: YAML reads an unquoted 1.10 as the number 1.1.',
      examples: ['2.4.0', '1.2.4', '3.0.0-rc.1'],
    },
    previous: {
      $ref: '#/$defs/semver',
      title: 'Previous version',
      description:
        'The version this release replaces (the one in production now). `version-bump` checks that `version` follows it as `type` says: patch x.y.z \u2192 x.y.(z+1), minor \u2192 x.(y+1).0, major \u2192 (x+1).0.0. Leave it out for a product\u2019s first release.',
      examples: ['2.3.1'],
    },
    type: {
      $ref: '#/$defs/releaseType',
      title: 'Release type',
      description:
        'patch: hotfixes for critical production issues or security vulnerabilities; minor: incremental features and improvements, no breaking changes; major: significant functionality or breaking changes. The policy derives the required sign-offs, notes template, lead times and rollback rigour from it.',
      examples: ['minor', 'patch', 'major'],
    },
    date: {
      $ref: '#/$defs/dateTime',
      title: 'Production deploy date',
      description:
        'When the production deployment is planned to start: an RFC 3339 date-time with its UTC offset (Z or \xB1hh:mm). In plan mode blackouts, lead times and sign-off freshness are measured against it.',
      examples: ['2026-12-08T15:00:00-05:00'],
    },
    window: {
      title: 'Deployment window',
      description:
        'When the production deployment runs, from `start` (default: `date`) up to `end` (exclusive). The whole window is checked against blackouts, and against other releases and maintenance windows in the calendar.',
      type: 'object',
      additionalProperties: false,
      required: ['end'],
      properties: {
        start: {
          $ref: '#/$defs/dateTime',
          title: 'Window start',
          description: 'When the deployment starts, if not at `date`. RFC 3339 with its offset.',
          examples: ['2026-12-08T15:00:00-05:00'],
        },
        end: {
          $ref: '#/$defs/dateTime',
          title: 'Window end',
          description:
            'When the deployment must be finished (exclusive). RFC 3339 with its offset; after the start.',
          examples: ['2026-12-08T17:00:00-05:00'],
        },
      },
      examples: [{ end: '2026-12-08T17:00:00-05:00' }],
    },
    strategy: {
      $ref: '#/$defs/strategy',
      title: 'Deployment strategy',
      description:
        'How the release reaches production. blue-green: two identical environments, traffic switched; canary: a small share of users first, then expand; rolling: instances updated one at a time; feature-flags: deployed dark, enabled selectively; maintenance-window: system taken offline. The policy may limit the strategies a release type allows.',
      examples: ['canary', 'rolling'],
    },
    manager: {
      $ref: '#/$defs/githubUser',
      title: 'Release Manager',
      description:
        'GitHub handle of the Release Manager, who coordinates the release and makes the go/no-go decision. Offline, this person holds the release-manager role (for example to approve a waiver).',
      examples: ['@dana'],
    },
    notes: {
      $ref: '#/$defs/relativePath',
      title: 'Release notes',
      description:
        'Path of the release notes (Markdown), relative to this file\u2019s folder. Start them from the policy\u2019s notes template for this type (OctoAcme: standard notes for minor and major, hotfix notes for patch).',
      examples: ['docs/releases/2.4.0.md', 'RELEASE_NOTES.md'],
    },
    changes: {
      title: 'Kinds of change',
      description:
        'What this release changes. Each kind set to true adds the policy\u2019s conditional requirements (OctoAcme: security \u2192 Security sign-off; ui \u2192 UX sign-off and accessibility testing; customer_facing \u2192 Customer Support Lead sign-off, a communication plan and a briefed support team; database_migrations \u2192 a tested rollback; breaking \u2192 migration steps; infrastructure \u2192 DevOps/SRE sign-off). A kind left out counts as false.',
      type: 'object',
      additionalProperties: false,
      properties: {
        customer_facing: {
          title: 'Customer-facing',
          description:
            'Customers will notice the change (features, behaviour, API, pricing). Needs a customer communication plan and a support hand-off.',
          type: 'boolean',
          examples: [true],
        },
        ui: {
          title: 'UI changes',
          description:
            'The release changes the user interface. The guide requires accessibility testing for UI changes.',
          type: 'boolean',
          examples: [true],
        },
        security: {
          title: 'Security-sensitive',
          description:
            'The release touches authentication, authorization, secrets or cryptography, or fixes a vulnerability. The guide requires a security approval.',
          type: 'boolean',
          examples: [true],
        },
        database_migrations: {
          title: 'Database migrations',
          description:
            'The release runs database migrations. The guide requires migration scripts and their rollback to be tested.',
          type: 'boolean',
          examples: [true],
        },
        breaking: {
          title: 'Breaking changes',
          description:
            'The release breaks compatibility (API, data format, behaviour). Only a major release may; its notes must list each breaking change with migration steps.',
          type: 'boolean',
          examples: [false],
        },
        infrastructure: {
          title: 'Infrastructure changes',
          description:
            'The release changes infrastructure (capacity, networking, platform configuration), which DevOps/SRE manages.',
          type: 'boolean',
          examples: [true],
        },
      },
      examples: [
        { customer_facing: true, ui: true, security: false, database_migrations: true, breaking: false },
      ],
    },
    milestones: {
      title: 'Milestones',
      description:
        'Dates on the release\u2019s planning timeline. `lead-time` compares them with the policy\u2019s lead times for this type (OctoAcme: minor and major need the feature freeze at least 28 days and the code freeze at least 14 days before `date`; a major is planned at least 56 days ahead). A date alone is a whole day in the calendar\u2019s timezone.',
      type: 'object',
      additionalProperties: false,
      properties: {
        planning: {
          $ref: '#/$defs/dateOrDateTime',
          title: 'Planning start',
          description:
            'When release planning began: goals, scope, dependencies and an initial timeline (the guide\u2019s \u201C8 weeks before release\u201D step).',
          examples: ['2026-10-13'],
        },
        feature_freeze: {
          $ref: '#/$defs/dateOrDateTime',
          title: 'Feature freeze',
          description:
            'When the release scope was finalized (the guide\u2019s \u201C4 weeks before release\u201D step).',
          examples: ['2026-11-10'],
        },
        code_freeze: {
          $ref: '#/$defs/dateOrDateTime',
          title: 'Code freeze',
          description:
            'When the release branch was cut (the guide\u2019s \u201C2 weeks before release\u201D step).',
          examples: ['2026-11-24'],
        },
      },
      examples: [{ feature_freeze: '2026-11-10', code_freeze: '2026-11-24' }],
    },
    incident: {
      title: 'Incident',
      description:
        'The incident this release responds to, for a patch (hotfix). Its severity decides whether a calendar blackout\u2019s emergency exception can apply (OctoAcme: SEV1 and SEV2).',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'severity'],
      properties: {
        id: {
          $ref: '#/$defs/incidentId',
          title: 'Incident id',
          description:
            'The incident\u2019s id in the incident management tool (PagerDuty, Opsgenie, \u2026).',
          examples: ['INC-4821'],
        },
        severity: {
          $ref: '#/$defs/incidentSeverity',
          title: 'Severity',
          description:
            'SEV1 critical (production down, data loss, security breach), SEV2 high (major functionality unavailable, >50% of users), SEV3 medium (partial, workaround available), SEV4 low (cosmetic).',
          examples: ['SEV1'],
        },
      },
      examples: [{ id: 'INC-4821', severity: 'SEV1' }],
    },
    rollback: {
      title: 'Rollback',
      description:
        'How to undo this release (the guide\u2019s Rollback & Incident Playbook). `rollback-plan` checks that the plan exists (the file, or a URL) and that it was tested where the policy requires it.',
      type: 'object',
      additionalProperties: false,
      properties: {
        plan: {
          $ref: '#/$defs/pathOrUrl',
          title: 'Rollback plan',
          description:
            'The rollback procedure: a path relative to this file\u2019s folder (a runbook in the repository) or an https:// URL.',
          examples: ['docs/runbooks/rollback.md', 'https://wiki.octoacme.example/runbooks/payments-rollback'],
        },
        tested: {
          title: 'Rollback tested',
          description:
            'Whether the rollback procedure was tested, for example in staging. OctoAcme requires it for minor and major releases and for database migrations.',
          type: 'boolean',
          examples: [true],
        },
      },
      examples: [{ plan: 'docs/runbooks/rollback.md', tested: true }],
    },
    verification: {
      title: 'Verification',
      description:
        'How the deployment is verified (the guide\u2019s post-deployment verification): the smoke tests, the monitoring, and for UI changes the accessibility testing.',
      type: 'object',
      additionalProperties: false,
      properties: {
        smoke_tests: {
          $ref: '#/$defs/pathOrUrl',
          title: 'Smoke tests',
          description:
            'The smoke tests run on staging and after the production deploy: a relative path (file or folder) or an https:// URL (a CI job).',
          examples: ['tests/smoke/'],
        },
        monitoring: {
          $ref: '#/$defs/pathOrUrl',
          title: 'Monitoring',
          description:
            'The dashboards and alerts that watch the release: an https:// URL or a relative path to a monitoring runbook.',
          examples: ['https://grafana.octoacme.example/d/payments'],
        },
        accessibility_tested: {
          title: 'Accessibility tested',
          description:
            'Whether accessibility testing was completed. The guide requires it when the release changes the UI (`changes.ui`).',
          type: 'boolean',
          examples: [true],
        },
      },
      examples: [{ smoke_tests: 'tests/smoke/', monitoring: 'https://grafana.octoacme.example/d/payments' }],
    },
    communication: {
      title: 'Communication',
      description:
        'The support hand-off and customer communication, required when `changes.customer_facing` is true (`customer-communication`).',
      type: 'object',
      additionalProperties: false,
      properties: {
        support_briefed: {
          title: 'Support briefed',
          description:
            'Whether the support team was trained on the changes and given the release notes and known issues (the Customer Support Lead\u2019s hand-off).',
          type: 'boolean',
          examples: [true],
        },
        customer_plan: {
          $ref: '#/$defs/pathOrUrl',
          title: 'Customer communication plan',
          description:
            'The customer communication plan, as a relative path or an https:// URL: what is announced to which customer segments, timed with the deployment.',
          examples: ['docs/comms/2.4.0.md', 'https://wiki.octoacme.example/comms/payments-2.4'],
        },
      },
      examples: [
        { support_briefed: true, customer_plan: 'https://wiki.octoacme.example/comms/payments-2.4' },
      ],
    },
    signoffs: {
      title: 'Sign-offs',
      description:
        'Who signed off, in which role, and when. The policy names the roles each release type and kind of change requires (`signoff-required`). A sign-off is stale when it is for another version, dated after `date`, or older than the policy\u2019s maximum age (`signoff-stale`).',
      type: 'array',
      items: { $ref: '#/$defs/signoff' },
      examples: [[{ role: 'qa-lead', by: '@bob', date: '2026-12-01' }]],
    },
    exceptions: {
      title: 'Exceptions (waivers)',
      description:
        'Waivers of policy rules: which rule, why, who approved, until when. A waiver covers every finding of its rule on this release; `exception-invalid` reports one with no reason, an approver without a granting role, or an expiry in the past, and an unused waiver is reported too. Syntax and schema errors can never be waived.',
      type: 'array',
      items: { $ref: '#/$defs/waiver' },
      examples: [
        [
          {
            rule: 'blackout-window',
            reason: 'SEV1 fix for INC-4821',
            approved_by: '@dana',
            expires: '2026-12-20',
          },
        ],
      ],
    },
    depends_on: {
      title: 'Depends on',
      description:
        'Releases of other products that must be in production before this one. `release-conflict` reports a dependency that the calendar plans to ship after this release.',
      type: 'array',
      items: { $ref: '#/$defs/dependency' },
      examples: [[{ product: 'ledger', version: '5.1.0' }]],
    },
    systems: {
      title: 'Systems',
      description:
        'The systems (configuration items: databases, clusters, queues, shared services) this release changes, as lowercase slugs, each once. Blackouts, maintenance and deployment windows in the calendar may be scoped to systems: a scoped window concerns this release when it lists one of its systems. `release-conflict` warns of maintenance on a listed system, and of another release touching the same system at an overlapping time; a release that lists no systems is warned of every maintenance it overlaps.',
      type: 'array',
      items: { $ref: '#/$defs/slug' },
      uniqueItems: true,
      examples: [['payments-db', 'ledger-db']],
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
    dateOrDateTime: {
      title: 'a date (like 2026-12-01) or an RFC 3339 date-time with its offset',
      description:
        'Either YYYY-MM-DD, a whole day in the calendar\u2019s timezone, or an RFC 3339 date-time with Z or \xB1hh:mm.',
      type: 'string',
      pattern:
        '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
      if: { maxLength: 10 },
      then: { format: 'date' },
      else: { format: 'date-time' },
      examples: ['2026-12-01', '2026-12-01T10:30:00-05:00'],
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
    githubUserOrTeam: {
      title: 'a GitHub handle (like "@carol") or team (like "@octoacme/qa")',
      description:
        'An @ then a GitHub login, optionally followed by a slash and a team slug of that organization.',
      type: 'string',
      pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9][A-Za-z0-9_-]*)?$',
      maxLength: 150,
      examples: ['@carol', '@octoacme/qa'],
    },
    relativePath: {
      title: 'a relative path with "/" separators (like docs/releases/2.4.0.md)',
      description:
        'Relative to the folder of the file that names it, with / separators. Not absolute (/\u2026, C:\u2026, ~\u2026) and not a URL. It may climb with ../ but must stay inside the repository, which the checker verifies.',
      type: 'string',
      pattern: '^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$',
      maxLength: 1024,
      examples: ['docs/releases/2.4.0.md', '../../templates/release-notes.md'],
    },
    pathOrUrl: {
      title: 'a relative path (like docs/runbooks/rollback.md) or an https:// URL',
      description:
        'Either a path relative to the folder of the file that names it (/ separators, inside the repository) or an absolute https:// URL, without a user name or password in it.',
      type: 'string',
      pattern: '^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$',
      maxLength: 2048,
      not: {
        title: 'a URL with a user name or password in it',
        description:
          'Credentials in a URL are readable by anyone who reads release.yml, the logs or the reports. Remove the user:password@ part: link to the page itself and let readers sign in.',
        pattern: '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#\\s]*@',
      },
      examples: ['docs/runbooks/rollback.md', 'https://wiki.octoacme.example/runbooks/payments-rollback'],
    },
    text: {
      title: 'a text with at least one character that is not a space',
      description: 'Free text; it must not be empty or only whitespace.',
      type: 'string',
      pattern: '\\S',
      maxLength: 2e3,
      examples: ['SEV1 fix for INC-4821'],
    },
    releaseType: {
      title: 'a release type',
      description: 'patch (1.2.3 \u2192 1.2.4), minor (1.2.0 \u2192 1.3.0) or major (1.0.0 \u2192 2.0.0).',
      type: 'string',
      enum: ['patch', 'minor', 'major'],
      examples: ['minor'],
    },
    strategy: {
      title: 'a deployment strategy',
      description:
        'One of the guide\u2019s deployment strategies: blue-green, canary, rolling, feature-flags or maintenance-window.',
      type: 'string',
      enum: ['blue-green', 'canary', 'rolling', 'feature-flags', 'maintenance-window'],
      examples: ['canary'],
    },
    incidentSeverity: {
      title: 'an incident severity',
      description:
        'SEV1 (critical), SEV2 (high), SEV3 (medium) or SEV4 (low), from the guide\u2019s incident severity levels.',
      type: 'string',
      enum: ['SEV1', 'SEV2', 'SEV3', 'SEV4'],
      examples: ['SEV1'],
    },
    incidentId: {
      title: 'an incident id (like INC-4821)',
      description:
        'The incident\u2019s id in the incident management tool: letters, digits and . _ : # / - , starting with a letter or digit.',
      type: 'string',
      pattern: '^[A-Za-z0-9][A-Za-z0-9._:#/-]*$',
      maxLength: 64,
      examples: ['INC-4821'],
    },
    ruleName: {
      title: 'a rule id (lowercase words joined by hyphens, like blackout-window)',
      description: 'The id of a rule from the rule catalogue, lowercase with hyphens.',
      type: 'string',
      pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
      maxLength: 64,
      examples: ['blackout-window'],
    },
    signoff: {
      title: 'Sign-off',
      description: 'One person\u2019s or team\u2019s approval of this release in one role.',
      type: 'object',
      additionalProperties: false,
      required: ['role', 'by', 'date'],
      properties: {
        role: {
          title: 'Role',
          description:
            'The role signed for: a role id of the policy (OctoAcme: release-manager, product-owner, qa-lead, tech-lead, devops, ux, security, executive, support-lead) or one of its aliases (product-manager, qa, qa-engineer, sre, devops-engineer, customer-support-lead).',
          type: 'string',
          minLength: 1,
          maxLength: 64,
          examples: ['qa-lead', 'product-manager'],
        },
        by: {
          $ref: '#/$defs/githubUserOrTeam',
          title: 'Signed by',
          description:
            'GitHub handle of the person (@carol) or team (@octoacme/qa) who signed off. With a token, `signoff-verified` checks that they approved the release pull request and are among the role\u2019s users or teams.',
          examples: ['@carol', '@octoacme/qa'],
        },
        date: {
          $ref: '#/$defs/dateOrDateTime',
          title: 'Sign-off date',
          description: 'When they signed off: YYYY-MM-DD or an RFC 3339 date-time with its offset.',
          examples: ['2026-12-01'],
        },
        version: {
          $ref: '#/$defs/semver',
          title: 'Version signed',
          description:
            'The version they signed off, when it is not `version`. A sign-off for another version is stale.',
          examples: ['2.4.0'],
        },
        note: {
          $ref: '#/$defs/text',
          title: 'Note',
          description: 'Free text: conditions, a link to the test report, anything a reviewer should know.',
          examples: ['UAT report: https://wiki.octoacme.example/uat/payments-2.4'],
        },
      },
      examples: [{ role: 'tech-lead', by: '@carol', date: '2026-12-01', version: '2.4.0' }],
    },
    waiver: {
      title: 'Waiver',
      description: 'One exception to one policy rule for this release, approved by someone who may grant it.',
      type: 'object',
      additionalProperties: false,
      required: ['rule', 'reason', 'approved_by', 'expires'],
      properties: {
        rule: {
          $ref: '#/$defs/ruleName',
          title: 'Rule',
          description:
            'The id of the rule waived, as in the rule catalogue (blackout-window, lead-time, \u2026). Only rules the policy declares waivable can be waived; the policy decides which.',
          examples: ['blackout-window'],
        },
        reason: {
          $ref: '#/$defs/text',
          title: 'Reason',
          description: 'Why the rule is waived; for an emergency, the incident and its impact.',
          examples: ['SEV1 fix for INC-4821'],
        },
        approved_by: {
          $ref: '#/$defs/githubUser',
          title: 'Approved by',
          description:
            'GitHub handle of the approver, who must hold a role allowed to grant this waiver (the policy\u2019s `exceptions.waivable`; for a blackout with its own `exception`, the calendar\u2019s roles). Offline, a person holds a role when this file names them in it (`manager`, or a sign-off\u2019s `by`); with a token, the policy\u2019s users and teams decide. The release\u2019s own author cannot approve it.',
          examples: ['@dana'],
        },
        expires: {
          $ref: '#/$defs/dateOrDateTime',
          title: 'Expires',
          description:
            'When the waiver stops applying: YYYY-MM-DD (valid through that whole day in the calendar\u2019s timezone) or an RFC 3339 date-time. An expired waiver is an error; the policy caps how far ahead it may be (`exceptions.max_days`).',
          examples: ['2026-12-20'],
        },
        incident: {
          $ref: '#/$defs/incidentId',
          title: 'Incident',
          description: 'The id of the incident that justifies the waiver, for emergency exceptions.',
          examples: ['INC-4821'],
        },
      },
      examples: [
        {
          rule: 'blackout-window',
          reason: 'SEV1 fix for INC-4821',
          approved_by: '@dana',
          expires: '2026-12-20',
        },
      ],
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
  },
  examples: [
    {
      product: 'payments-api',
      version: '2.4.0',
      previous: '2.3.1',
      type: 'minor',
      date: '2026-12-08T15:00:00-05:00',
      window: { end: '2026-12-08T17:00:00-05:00' },
      strategy: 'canary',
      manager: '@dana',
      notes: 'docs/releases/2.4.0.md',
      changes: {
        customer_facing: true,
        ui: true,
        security: false,
        database_migrations: true,
        breaking: false,
      },
      milestones: { feature_freeze: '2026-11-10', code_freeze: '2026-11-24' },
      rollback: { plan: 'docs/runbooks/rollback.md', tested: true },
      verification: {
        smoke_tests: 'tests/smoke/',
        monitoring: 'https://grafana.octoacme.example/d/payments',
        accessibility_tested: true,
      },
      communication: {
        support_briefed: true,
        customer_plan: 'https://wiki.octoacme.example/comms/payments-2.4',
      },
      signoffs: [
        { role: 'qa-lead', by: '@bob', date: '2026-12-01' },
        { role: 'tech-lead', by: '@carol', date: '2026-12-01', version: '2.4.0' },
      ],
      depends_on: [{ product: 'ledger', version: '5.1.0' }],
    },
    {
      product: 'payments-api',
      version: '2.4.1',
      previous: '2.4.0',
      type: 'patch',
      date: '2026-12-21T10:00:00-05:00',
      manager: '@dana',
      notes: 'docs/releases/2.4.1.md',
      changes: { security: true },
      incident: { id: 'INC-4821', severity: 'SEV1' },
      rollback: { plan: 'docs/runbooks/rollback.md', tested: false },
      signoffs: [
        { role: 'tech-lead', by: '@carol', date: '2026-12-21' },
        { role: 'product-owner', by: '@erin', date: '2026-12-21' },
        { role: 'security', by: '@octoacme/security', date: '2026-12-21' },
      ],
      exceptions: [
        {
          rule: 'blackout-window',
          reason: 'SEV1 fix for INC-4821 during the year-end freeze',
          approved_by: '@dana',
          expires: '2026-12-22',
          incident: 'INC-4821',
        },
      ],
    },
  ],
};
var func1 = Object.prototype.hasOwnProperty;
var func2 = require_ucs2length().default;
var func0 = require_equal().default;
var schema20 = {
  title: 'a lowercase slug (letters, digits and single hyphens)',
  description: 'Lowercase letters and digits, words joined by single hyphens, at most 64 characters.',
  type: 'string',
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  maxLength: 64,
  examples: ['payments-api', 'ledger', 'checkout-web'],
};
var pattern3 = new RegExp('^[a-z0-9]+(?:-[a-z0-9]+)*$', 'u');
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
    if (func2(data) > 64) {
      const err0 = {
        instancePath,
        schemaPath: '#/maxLength',
        keyword: 'maxLength',
        params: { limit: 64 },
        message: 'must NOT have more than 64 characters',
        schema: 64,
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
    if (!pattern3.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
        message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
        schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
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
  title: 'a SemVer 2.0.0 version string (like "2.4.0", without a leading "v")',
  description:
    'MAJOR.MINOR.PATCH with optional -pre-release and +build parts, exactly as https://semver.org/spec/v2.0.0.html defines it (its official regular expression). Quote it in YAML: 1.10 unquoted is the number 1.1.',
  type: 'string',
  pattern:
    '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
  maxLength: 256,
  examples: ['2.4.0', '1.2.4', '3.0.0-rc.1'],
};
var pattern4 = new RegExp(
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
  'u',
);
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
  if (typeof data === 'string') {
    if (func2(data) > 256) {
      const err0 = {
        instancePath,
        schemaPath: '#/maxLength',
        keyword: 'maxLength',
        params: { limit: 256 },
        message: 'must NOT have more than 256 characters',
        schema: 256,
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
    if (!pattern4.test(data)) {
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
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
      schema: schema21.type,
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
  validate55.errors = vErrors;
  return errors === 0;
}
validate55.evaluated = { dynamicProps: false, dynamicItems: false };
var schema22 = {
  title: 'a release type',
  description: 'patch (1.2.3 \u2192 1.2.4), minor (1.2.0 \u2192 1.3.0) or major (1.0.0 \u2192 2.0.0).',
  type: 'string',
  enum: ['patch', 'minor', 'major'],
  examples: ['minor'],
};
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
  if (typeof data !== 'string') {
    const err0 = {
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
      params: { allowedValues: schema22.enum },
      message: 'must be equal to one of the allowed values',
      schema: schema22.enum,
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
  validate58.errors = vErrors;
  return errors === 0;
}
validate58.evaluated = { dynamicProps: false, dynamicItems: false };
var schema23 = {
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
var pattern5 = new RegExp(
  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
  'u',
);
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
  if (typeof data === 'string') {
    if (!pattern5.test(data)) {
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
    if (!formats0.validate(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'date-time' },
        message: 'must match format "date-time"',
        schema: 'date-time',
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
  validate60.errors = vErrors;
  return errors === 0;
}
validate60.evaluated = { dynamicProps: false, dynamicItems: false };
var schema24 = {
  title: 'a deployment strategy',
  description:
    'One of the guide\u2019s deployment strategies: blue-green, canary, rolling, feature-flags or maintenance-window.',
  type: 'string',
  enum: ['blue-green', 'canary', 'rolling', 'feature-flags', 'maintenance-window'],
  examples: ['canary'],
};
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
  if (!(
    data === 'blue-green' ||
    data === 'canary' ||
    data === 'rolling' ||
    data === 'feature-flags' ||
    data === 'maintenance-window'
  )) {
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
  validate64.errors = vErrors;
  return errors === 0;
}
validate64.evaluated = { dynamicProps: false, dynamicItems: false };
var schema25 = {
  title: 'a GitHub handle (like "@dana")',
  description: 'An @ then a GitHub login: letters, digits and single inner hyphens, at most 39 characters.',
  type: 'string',
  pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
  maxLength: 40,
  examples: ['@dana', '@carol-ops'],
};
var pattern6 = new RegExp('^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$', 'u');
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
  if (typeof data === 'string') {
    if (func2(data) > 40) {
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
    if (!pattern6.test(data)) {
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
  validate66.errors = vErrors;
  return errors === 0;
}
validate66.evaluated = { dynamicProps: false, dynamicItems: false };
var schema26 = {
  title: 'a relative path with "/" separators (like docs/releases/2.4.0.md)',
  description:
    'Relative to the folder of the file that names it, with / separators. Not absolute (/\u2026, C:\u2026, ~\u2026) and not a URL. It may climb with ../ but must stay inside the repository, which the checker verifies.',
  type: 'string',
  pattern: '^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$',
  maxLength: 1024,
  examples: ['docs/releases/2.4.0.md', '../../templates/release-notes.md'],
};
var pattern7 = new RegExp('^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$', 'u');
function validate68(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate68.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === 'string') {
    if (func2(data) > 1024) {
      const err0 = {
        instancePath,
        schemaPath: '#/maxLength',
        keyword: 'maxLength',
        params: { limit: 1024 },
        message: 'must NOT have more than 1024 characters',
        schema: 1024,
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
    if (!pattern7.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$' },
        message: 'must match pattern "^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$"',
        schema: '^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$',
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
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
      schema: schema26.type,
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
  validate68.errors = vErrors;
  return errors === 0;
}
validate68.evaluated = { dynamicProps: false, dynamicItems: false };
var schema27 = {
  title: 'a date (like 2026-12-01) or an RFC 3339 date-time with its offset',
  description:
    'Either YYYY-MM-DD, a whole day in the calendar\u2019s timezone, or an RFC 3339 date-time with Z or \xB1hh:mm.',
  type: 'string',
  pattern:
    '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
  if: { maxLength: 10 },
  then: { format: 'date' },
  else: { format: 'date-time' },
  examples: ['2026-12-01', '2026-12-01T10:30:00-05:00'],
};
var formats2 = require_formats().fullFormats.date;
var pattern8 = new RegExp(
  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
  'u',
);
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
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (typeof data === 'string') {
    if (func2(data) > 10) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (typeof data === 'string') {
      if (!formats2.validate(data)) {
        const err1 = {
          instancePath,
          schemaPath: '#/then/format',
          keyword: 'format',
          params: { format: 'date' },
          message: 'must match format "date"',
          schema: 'date',
          parentSchema: schema27.then,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    ifClause0 = 'then';
  } else {
    const _errs4 = errors;
    if (typeof data === 'string') {
      if (!formats0.validate(data)) {
        const err2 = {
          instancePath,
          schemaPath: '#/else/format',
          keyword: 'format',
          params: { format: 'date-time' },
          message: 'must match format "date-time"',
          schema: 'date-time',
          parentSchema: schema27.else,
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
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    ifClause0 = 'else';
  }
  if (!valid0) {
    const err3 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: ifClause0 },
      message: 'must match "' + ifClause0 + '" schema',
      schema: schema27.if,
      parentSchema: schema27,
      data,
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (typeof data === 'string') {
    if (!pattern8.test(data)) {
      const err4 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: {
          pattern:
            '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
        },
        message:
          'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$"',
        schema:
          '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
        parentSchema: schema27,
        data,
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
      schema: schema27.type,
      parentSchema: schema27,
      data,
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate70.errors = vErrors;
  return errors === 0;
}
validate70.evaluated = { dynamicProps: false, dynamicItems: false };
var schema28 = {
  title: 'an incident id (like INC-4821)',
  description:
    'The incident\u2019s id in the incident management tool: letters, digits and . _ : # / - , starting with a letter or digit.',
  type: 'string',
  pattern: '^[A-Za-z0-9][A-Za-z0-9._:#/-]*$',
  maxLength: 64,
  examples: ['INC-4821'],
};
var pattern9 = new RegExp('^[A-Za-z0-9][A-Za-z0-9._:#/-]*$', 'u');
function validate74(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate74.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === 'string') {
    if (func2(data) > 64) {
      const err0 = {
        instancePath,
        schemaPath: '#/maxLength',
        keyword: 'maxLength',
        params: { limit: 64 },
        message: 'must NOT have more than 64 characters',
        schema: 64,
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
    if (!pattern9.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[A-Za-z0-9][A-Za-z0-9._:#/-]*$' },
        message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:#/-]*$"',
        schema: '^[A-Za-z0-9][A-Za-z0-9._:#/-]*$',
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
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
      schema: schema28.type,
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
  validate74.errors = vErrors;
  return errors === 0;
}
validate74.evaluated = { dynamicProps: false, dynamicItems: false };
var schema29 = {
  title: 'an incident severity',
  description:
    'SEV1 (critical), SEV2 (high), SEV3 (medium) or SEV4 (low), from the guide\u2019s incident severity levels.',
  type: 'string',
  enum: ['SEV1', 'SEV2', 'SEV3', 'SEV4'],
  examples: ['SEV1'],
};
function validate76(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate76.evaluated;
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
      schema: schema29.type,
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
  if (!(data === 'SEV1' || data === 'SEV2' || data === 'SEV3' || data === 'SEV4')) {
    const err1 = {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema29.enum },
      message: 'must be equal to one of the allowed values',
      schema: schema29.enum,
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
  validate76.errors = vErrors;
  return errors === 0;
}
validate76.evaluated = { dynamicProps: false, dynamicItems: false };
var schema30 = {
  title: 'a relative path (like docs/runbooks/rollback.md) or an https:// URL',
  description:
    'Either a path relative to the folder of the file that names it (/ separators, inside the repository) or an absolute https:// URL, without a user name or password in it.',
  type: 'string',
  pattern: '^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$',
  maxLength: 2048,
  not: {
    title: 'a URL with a user name or password in it',
    description:
      'Credentials in a URL are readable by anyone who reads release.yml, the logs or the reports. Remove the user:password@ part: link to the page itself and let readers sign in.',
    pattern: '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#\\s]*@',
  },
  examples: ['docs/runbooks/rollback.md', 'https://wiki.octoacme.example/runbooks/payments-rollback'],
};
var pattern10 = new RegExp('^[A-Za-z][A-Za-z0-9+.-]*://[^/?#\\s]*@', 'u');
var pattern11 = new RegExp('^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$', 'u');
function validate78(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate78.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  const _errs2 = errors;
  if (typeof data === 'string') {
    if (!pattern10.test(data)) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var valid0 = _errs2 === errors;
  if (valid0) {
    const err1 = {
      instancePath,
      schemaPath: '#/not',
      keyword: 'not',
      params: {},
      message: 'must NOT be valid',
      schema: schema30.not,
      parentSchema: schema30,
      data,
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (typeof data === 'string') {
    if (func2(data) > 2048) {
      const err2 = {
        instancePath,
        schemaPath: '#/maxLength',
        keyword: 'maxLength',
        params: { limit: 2048 },
        message: 'must NOT have more than 2048 characters',
        schema: 2048,
        parentSchema: schema30,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (!pattern11.test(data)) {
      const err3 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$' },
        message: 'must match pattern "^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$"',
        schema: '^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$',
        parentSchema: schema30,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
      schema: schema30.type,
      parentSchema: schema30,
      data,
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate78.errors = vErrors;
  return errors === 0;
}
validate78.evaluated = { dynamicProps: false, dynamicItems: false };
var schema31 = {
  title: 'Sign-off',
  description: 'One person\u2019s or team\u2019s approval of this release in one role.',
  type: 'object',
  additionalProperties: false,
  required: ['role', 'by', 'date'],
  properties: {
    role: {
      title: 'Role',
      description:
        'The role signed for: a role id of the policy (OctoAcme: release-manager, product-owner, qa-lead, tech-lead, devops, ux, security, executive, support-lead) or one of its aliases (product-manager, qa, qa-engineer, sre, devops-engineer, customer-support-lead).',
      type: 'string',
      minLength: 1,
      maxLength: 64,
      examples: ['qa-lead', 'product-manager'],
    },
    by: {
      $ref: '#/$defs/githubUserOrTeam',
      title: 'Signed by',
      description:
        'GitHub handle of the person (@carol) or team (@octoacme/qa) who signed off. With a token, `signoff-verified` checks that they approved the release pull request and are among the role\u2019s users or teams.',
      examples: ['@carol', '@octoacme/qa'],
    },
    date: {
      $ref: '#/$defs/dateOrDateTime',
      title: 'Sign-off date',
      description: 'When they signed off: YYYY-MM-DD or an RFC 3339 date-time with its offset.',
      examples: ['2026-12-01'],
    },
    version: {
      $ref: '#/$defs/semver',
      title: 'Version signed',
      description:
        'The version they signed off, when it is not `version`. A sign-off for another version is stale.',
      examples: ['2.4.0'],
    },
    note: {
      $ref: '#/$defs/text',
      title: 'Note',
      description: 'Free text: conditions, a link to the test report, anything a reviewer should know.',
      examples: ['UAT report: https://wiki.octoacme.example/uat/payments-2.4'],
    },
  },
  examples: [{ role: 'tech-lead', by: '@carol', date: '2026-12-01', version: '2.4.0' }],
};
var schema32 = {
  title: 'a GitHub handle (like "@carol") or team (like "@octoacme/qa")',
  description:
    'An @ then a GitHub login, optionally followed by a slash and a team slug of that organization.',
  type: 'string',
  pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9][A-Za-z0-9_-]*)?$',
  maxLength: 150,
  examples: ['@carol', '@octoacme/qa'],
};
var pattern12 = new RegExp('^@[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9][A-Za-z0-9_-]*)?$', 'u');
function validate84(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate84.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === 'string') {
    if (func2(data) > 150) {
      const err0 = {
        instancePath,
        schemaPath: '#/maxLength',
        keyword: 'maxLength',
        params: { limit: 150 },
        message: 'must NOT have more than 150 characters',
        schema: 150,
        parentSchema: schema32,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!pattern12.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9][A-Za-z0-9_-]*)?$' },
        message: 'must match pattern "^@[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9][A-Za-z0-9_-]*)?$"',
        schema: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9][A-Za-z0-9_-]*)?$',
        parentSchema: schema32,
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
      schema: schema32.type,
      parentSchema: schema32,
      data,
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate84.errors = vErrors;
  return errors === 0;
}
validate84.evaluated = { dynamicProps: false, dynamicItems: false };
var schema33 = {
  title: 'a text with at least one character that is not a space',
  description: 'Free text; it must not be empty or only whitespace.',
  type: 'string',
  pattern: '\\S',
  maxLength: 2e3,
  examples: ['SEV1 fix for INC-4821'],
};
var pattern13 = new RegExp('\\S', 'u');
function validate88(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate88.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === 'string') {
    if (func2(data) > 2e3) {
      const err0 = {
        instancePath,
        schemaPath: '#/maxLength',
        keyword: 'maxLength',
        params: { limit: 2e3 },
        message: 'must NOT have more than 2000 characters',
        schema: 2e3,
        parentSchema: schema33,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!pattern13.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '\\S' },
        message: 'must match pattern "\\S"',
        schema: '\\S',
        parentSchema: schema33,
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
      schema: schema33.type,
      parentSchema: schema33,
      data,
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate88.errors = vErrors;
  return errors === 0;
}
validate88.evaluated = { dynamicProps: false, dynamicItems: false };
function validate83(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate83.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.role === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'role' },
        message: "must have required property 'role'",
        schema: schema31.required,
        parentSchema: schema31,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.by === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'by' },
        message: "must have required property 'by'",
        schema: schema31.required,
        parentSchema: schema31,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.date === void 0) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'date' },
        message: "must have required property 'date'",
        schema: schema31.required,
        parentSchema: schema31,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'role' || key0 === 'by' || key0 === 'date' || key0 === 'version' || key0 === 'note')) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema31,
          data,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.role !== void 0) {
      let data0 = data.role;
      if (typeof data0 === 'string') {
        if (func2(data0) > 64) {
          const err4 = {
            instancePath: instancePath + '/role',
            schemaPath: '#/properties/role/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema31.properties.role,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err5 = {
            instancePath: instancePath + '/role',
            schemaPath: '#/properties/role/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema31.properties.role,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/role',
          schemaPath: '#/properties/role/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema31.properties.role.type,
          parentSchema: schema31.properties.role,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.by !== void 0) {
      if (
        !validate84(data.by, {
          instancePath: instancePath + '/by',
          parentData: data,
          parentDataProperty: 'by',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
        errors = vErrors.length;
      }
    }
    if (data.date !== void 0) {
      if (
        !validate70(data.date, {
          instancePath: instancePath + '/date',
          parentData: data,
          parentDataProperty: 'date',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== void 0) {
      if (
        !validate55(data.version, {
          instancePath: instancePath + '/version',
          parentData: data,
          parentDataProperty: 'version',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
        errors = vErrors.length;
      }
    }
    if (data.note !== void 0) {
      if (
        !validate88(data.note, {
          instancePath: instancePath + '/note',
          parentData: data,
          parentDataProperty: 'note',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema31.type,
      parentSchema: schema31,
      data,
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate83.errors = vErrors;
  return errors === 0;
}
validate83.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema34 = {
  title: 'Waiver',
  description: 'One exception to one policy rule for this release, approved by someone who may grant it.',
  type: 'object',
  additionalProperties: false,
  required: ['rule', 'reason', 'approved_by', 'expires'],
  properties: {
    rule: {
      $ref: '#/$defs/ruleName',
      title: 'Rule',
      description:
        'The id of the rule waived, as in the rule catalogue (blackout-window, lead-time, \u2026). Only rules the policy declares waivable can be waived; the policy decides which.',
      examples: ['blackout-window'],
    },
    reason: {
      $ref: '#/$defs/text',
      title: 'Reason',
      description: 'Why the rule is waived; for an emergency, the incident and its impact.',
      examples: ['SEV1 fix for INC-4821'],
    },
    approved_by: {
      $ref: '#/$defs/githubUser',
      title: 'Approved by',
      description:
        'GitHub handle of the approver, who must hold a role allowed to grant this waiver (the policy\u2019s `exceptions.waivable`; for a blackout with its own `exception`, the calendar\u2019s roles). Offline, a person holds a role when this file names them in it (`manager`, or a sign-off\u2019s `by`); with a token, the policy\u2019s users and teams decide. The release\u2019s own author cannot approve it.',
      examples: ['@dana'],
    },
    expires: {
      $ref: '#/$defs/dateOrDateTime',
      title: 'Expires',
      description:
        'When the waiver stops applying: YYYY-MM-DD (valid through that whole day in the calendar\u2019s timezone) or an RFC 3339 date-time. An expired waiver is an error; the policy caps how far ahead it may be (`exceptions.max_days`).',
      examples: ['2026-12-20'],
    },
    incident: {
      $ref: '#/$defs/incidentId',
      title: 'Incident',
      description: 'The id of the incident that justifies the waiver, for emergency exceptions.',
      examples: ['INC-4821'],
    },
  },
  examples: [
    { rule: 'blackout-window', reason: 'SEV1 fix for INC-4821', approved_by: '@dana', expires: '2026-12-20' },
  ],
};
var schema35 = {
  title: 'a rule id (lowercase words joined by hyphens, like blackout-window)',
  description: 'The id of a rule from the rule catalogue, lowercase with hyphens.',
  type: 'string',
  pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
  maxLength: 64,
  examples: ['blackout-window'],
};
var pattern14 = new RegExp('^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$', 'u');
function validate92(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate92.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === 'string') {
    if (func2(data) > 64) {
      const err0 = {
        instancePath,
        schemaPath: '#/maxLength',
        keyword: 'maxLength',
        params: { limit: 64 },
        message: 'must NOT have more than 64 characters',
        schema: 64,
        parentSchema: schema35,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!pattern14.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$' },
        message: 'must match pattern "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"',
        schema: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
        parentSchema: schema35,
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
      schema: schema35.type,
      parentSchema: schema35,
      data,
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate92.errors = vErrors;
  return errors === 0;
}
validate92.evaluated = { dynamicProps: false, dynamicItems: false };
function validate91(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate91.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.rule === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'rule' },
        message: "must have required property 'rule'",
        schema: schema34.required,
        parentSchema: schema34,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'reason' },
        message: "must have required property 'reason'",
        schema: schema34.required,
        parentSchema: schema34,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.approved_by === void 0) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'approved_by' },
        message: "must have required property 'approved_by'",
        schema: schema34.required,
        parentSchema: schema34,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.expires === void 0) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'expires' },
        message: "must have required property 'expires'",
        schema: schema34.required,
        parentSchema: schema34,
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
        key0 === 'rule' ||
        key0 === 'reason' ||
        key0 === 'approved_by' ||
        key0 === 'expires' ||
        key0 === 'incident'
      )) {
        const err4 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema34,
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
    if (data.rule !== void 0) {
      if (
        !validate92(data.rule, {
          instancePath: instancePath + '/rule',
          parentData: data,
          parentDataProperty: 'rule',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
        errors = vErrors.length;
      }
    }
    if (data.reason !== void 0) {
      if (
        !validate88(data.reason, {
          instancePath: instancePath + '/reason',
          parentData: data,
          parentDataProperty: 'reason',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
        errors = vErrors.length;
      }
    }
    if (data.approved_by !== void 0) {
      if (
        !validate66(data.approved_by, {
          instancePath: instancePath + '/approved_by',
          parentData: data,
          parentDataProperty: 'approved_by',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
        errors = vErrors.length;
      }
    }
    if (data.expires !== void 0) {
      if (
        !validate70(data.expires, {
          instancePath: instancePath + '/expires',
          parentData: data,
          parentDataProperty: 'expires',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
        errors = vErrors.length;
      }
    }
    if (data.incident !== void 0) {
      if (
        !validate74(data.incident, {
          instancePath: instancePath + '/incident',
          parentData: data,
          parentDataProperty: 'incident',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema34.type,
      parentSchema: schema34,
      data,
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate91.errors = vErrors;
  return errors === 0;
}
validate91.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema36 = {
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
function validate99(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate99.evaluated;
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
        schema: schema36.required,
        parentSchema: schema36,
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
        schema: schema36.required,
        parentSchema: schema36,
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
          parentSchema: schema36,
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
        !validate53(data.product, {
          instancePath: instancePath + '/product',
          parentData: data,
          parentDataProperty: 'product',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== void 0) {
      if (
        !validate55(data.version, {
          instancePath: instancePath + '/version',
          parentData: data,
          parentDataProperty: 'version',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
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
      schema: schema36.type,
      parentSchema: schema36,
      data,
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate99.errors = vErrors;
  return errors === 0;
}
validate99.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
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
    if (data.product === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'product' },
        message: "must have required property 'product'",
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
    if (data.version === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version' },
        message: "must have required property 'version'",
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
    if (data.type === void 0) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property 'type'",
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
    if (data.date === void 0) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'date' },
        message: "must have required property 'date'",
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
      if (!func1.call(schema19.properties, key0)) {
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
      if (typeof data0 === 'string') {
        if (func2(data0) < 1) {
          const err5 = {
            instancePath: instancePath + '/$schema',
            schemaPath: '#/properties/%24schema/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
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
      } else {
        const err6 = {
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
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.product !== void 0) {
      if (
        !validate53(data.product, {
          instancePath: instancePath + '/product',
          parentData: data,
          parentDataProperty: 'product',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== void 0) {
      if (
        !validate55(data.version, {
          instancePath: instancePath + '/version',
          parentData: data,
          parentDataProperty: 'version',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
        errors = vErrors.length;
      }
    }
    if (data.previous !== void 0) {
      if (
        !validate55(data.previous, {
          instancePath: instancePath + '/previous',
          parentData: data,
          parentDataProperty: 'previous',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
        errors = vErrors.length;
      }
    }
    if (data.type !== void 0) {
      if (
        !validate58(data.type, {
          instancePath: instancePath + '/type',
          parentData: data,
          parentDataProperty: 'type',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
        errors = vErrors.length;
      }
    }
    if (data.date !== void 0) {
      if (
        !validate60(data.date, {
          instancePath: instancePath + '/date',
          parentData: data,
          parentDataProperty: 'date',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
        errors = vErrors.length;
      }
    }
    if (data.window !== void 0) {
      let data6 = data.window;
      if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
        if (data6.end === void 0) {
          const err7 = {
            instancePath: instancePath + '/window',
            schemaPath: '#/properties/window/required',
            keyword: 'required',
            params: { missingProperty: 'end' },
            message: "must have required property 'end'",
            schema: schema19.properties.window.required,
            parentSchema: schema19.properties.window,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data6) {
          if (!(key1 === 'start' || key1 === 'end')) {
            const err8 = {
              instancePath: instancePath + '/window',
              schemaPath: '#/properties/window/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema19.properties.window,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data6.start !== void 0) {
          if (
            !validate60(data6.start, {
              instancePath: instancePath + '/window/start',
              parentData: data6,
              parentDataProperty: 'start',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
            errors = vErrors.length;
          }
        }
        if (data6.end !== void 0) {
          if (
            !validate60(data6.end, {
              instancePath: instancePath + '/window/end',
              parentData: data6,
              parentDataProperty: 'end',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/window',
          schemaPath: '#/properties/window/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema19.properties.window.type,
          parentSchema: schema19.properties.window,
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
    if (data.strategy !== void 0) {
      if (
        !validate64(data.strategy, {
          instancePath: instancePath + '/strategy',
          parentData: data,
          parentDataProperty: 'strategy',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
        errors = vErrors.length;
      }
    }
    if (data.manager !== void 0) {
      if (
        !validate66(data.manager, {
          instancePath: instancePath + '/manager',
          parentData: data,
          parentDataProperty: 'manager',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
        errors = vErrors.length;
      }
    }
    if (data.notes !== void 0) {
      if (
        !validate68(data.notes, {
          instancePath: instancePath + '/notes',
          parentData: data,
          parentDataProperty: 'notes',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
        errors = vErrors.length;
      }
    }
    if (data.changes !== void 0) {
      let data12 = data.changes;
      if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
        for (const key2 in data12) {
          if (!(
            key2 === 'customer_facing' ||
            key2 === 'ui' ||
            key2 === 'security' ||
            key2 === 'database_migrations' ||
            key2 === 'breaking' ||
            key2 === 'infrastructure'
          )) {
            const err10 = {
              instancePath: instancePath + '/changes',
              schemaPath: '#/properties/changes/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema19.properties.changes,
              data: data12,
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data12.customer_facing !== void 0) {
          let data13 = data12.customer_facing;
          if (typeof data13 !== 'boolean') {
            const err11 = {
              instancePath: instancePath + '/changes/customer_facing',
              schemaPath: '#/properties/changes/properties/customer_facing/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema19.properties.changes.properties.customer_facing.type,
              parentSchema: schema19.properties.changes.properties.customer_facing,
              data: data13,
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data12.ui !== void 0) {
          let data14 = data12.ui;
          if (typeof data14 !== 'boolean') {
            const err12 = {
              instancePath: instancePath + '/changes/ui',
              schemaPath: '#/properties/changes/properties/ui/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema19.properties.changes.properties.ui.type,
              parentSchema: schema19.properties.changes.properties.ui,
              data: data14,
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data12.security !== void 0) {
          let data15 = data12.security;
          if (typeof data15 !== 'boolean') {
            const err13 = {
              instancePath: instancePath + '/changes/security',
              schemaPath: '#/properties/changes/properties/security/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema19.properties.changes.properties.security.type,
              parentSchema: schema19.properties.changes.properties.security,
              data: data15,
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data12.database_migrations !== void 0) {
          let data16 = data12.database_migrations;
          if (typeof data16 !== 'boolean') {
            const err14 = {
              instancePath: instancePath + '/changes/database_migrations',
              schemaPath: '#/properties/changes/properties/database_migrations/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema19.properties.changes.properties.database_migrations.type,
              parentSchema: schema19.properties.changes.properties.database_migrations,
              data: data16,
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data12.breaking !== void 0) {
          let data17 = data12.breaking;
          if (typeof data17 !== 'boolean') {
            const err15 = {
              instancePath: instancePath + '/changes/breaking',
              schemaPath: '#/properties/changes/properties/breaking/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema19.properties.changes.properties.breaking.type,
              parentSchema: schema19.properties.changes.properties.breaking,
              data: data17,
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data12.infrastructure !== void 0) {
          let data18 = data12.infrastructure;
          if (typeof data18 !== 'boolean') {
            const err16 = {
              instancePath: instancePath + '/changes/infrastructure',
              schemaPath: '#/properties/changes/properties/infrastructure/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema19.properties.changes.properties.infrastructure.type,
              parentSchema: schema19.properties.changes.properties.infrastructure,
              data: data18,
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
          instancePath: instancePath + '/changes',
          schemaPath: '#/properties/changes/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema19.properties.changes.type,
          parentSchema: schema19.properties.changes,
          data: data12,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.milestones !== void 0) {
      let data19 = data.milestones;
      if (data19 && typeof data19 == 'object' && !Array.isArray(data19)) {
        for (const key3 in data19) {
          if (!(key3 === 'planning' || key3 === 'feature_freeze' || key3 === 'code_freeze')) {
            const err18 = {
              instancePath: instancePath + '/milestones',
              schemaPath: '#/properties/milestones/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key3 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema19.properties.milestones,
              data: data19,
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data19.planning !== void 0) {
          if (
            !validate70(data19.planning, {
              instancePath: instancePath + '/milestones/planning',
              parentData: data19,
              parentDataProperty: 'planning',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
        if (data19.feature_freeze !== void 0) {
          if (
            !validate70(data19.feature_freeze, {
              instancePath: instancePath + '/milestones/feature_freeze',
              parentData: data19,
              parentDataProperty: 'feature_freeze',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
        if (data19.code_freeze !== void 0) {
          if (
            !validate70(data19.code_freeze, {
              instancePath: instancePath + '/milestones/code_freeze',
              parentData: data19,
              parentDataProperty: 'code_freeze',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/milestones',
          schemaPath: '#/properties/milestones/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema19.properties.milestones.type,
          parentSchema: schema19.properties.milestones,
          data: data19,
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.incident !== void 0) {
      let data23 = data.incident;
      if (data23 && typeof data23 == 'object' && !Array.isArray(data23)) {
        if (data23.id === void 0) {
          const err20 = {
            instancePath: instancePath + '/incident',
            schemaPath: '#/properties/incident/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
            message: "must have required property 'id'",
            schema: schema19.properties.incident.required,
            parentSchema: schema19.properties.incident,
            data: data23,
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data23.severity === void 0) {
          const err21 = {
            instancePath: instancePath + '/incident',
            schemaPath: '#/properties/incident/required',
            keyword: 'required',
            params: { missingProperty: 'severity' },
            message: "must have required property 'severity'",
            schema: schema19.properties.incident.required,
            parentSchema: schema19.properties.incident,
            data: data23,
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        for (const key4 in data23) {
          if (!(key4 === 'id' || key4 === 'severity')) {
            const err22 = {
              instancePath: instancePath + '/incident',
              schemaPath: '#/properties/incident/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key4 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema19.properties.incident,
              data: data23,
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data23.id !== void 0) {
          if (
            !validate74(data23.id, {
              instancePath: instancePath + '/incident/id',
              parentData: data23,
              parentDataProperty: 'id',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
            errors = vErrors.length;
          }
        }
        if (data23.severity !== void 0) {
          if (
            !validate76(data23.severity, {
              instancePath: instancePath + '/incident/severity',
              parentData: data23,
              parentDataProperty: 'severity',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err23 = {
          instancePath: instancePath + '/incident',
          schemaPath: '#/properties/incident/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema19.properties.incident.type,
          parentSchema: schema19.properties.incident,
          data: data23,
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.rollback !== void 0) {
      let data26 = data.rollback;
      if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
        for (const key5 in data26) {
          if (!(key5 === 'plan' || key5 === 'tested')) {
            const err24 = {
              instancePath: instancePath + '/rollback',
              schemaPath: '#/properties/rollback/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key5 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema19.properties.rollback,
              data: data26,
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data26.plan !== void 0) {
          if (
            !validate78(data26.plan, {
              instancePath: instancePath + '/rollback/plan',
              parentData: data26,
              parentDataProperty: 'plan',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
            errors = vErrors.length;
          }
        }
        if (data26.tested !== void 0) {
          let data28 = data26.tested;
          if (typeof data28 !== 'boolean') {
            const err25 = {
              instancePath: instancePath + '/rollback/tested',
              schemaPath: '#/properties/rollback/properties/tested/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema19.properties.rollback.properties.tested.type,
              parentSchema: schema19.properties.rollback.properties.tested,
              data: data28,
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = {
          instancePath: instancePath + '/rollback',
          schemaPath: '#/properties/rollback/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema19.properties.rollback.type,
          parentSchema: schema19.properties.rollback,
          data: data26,
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.verification !== void 0) {
      let data29 = data.verification;
      if (data29 && typeof data29 == 'object' && !Array.isArray(data29)) {
        for (const key6 in data29) {
          if (!(key6 === 'smoke_tests' || key6 === 'monitoring' || key6 === 'accessibility_tested')) {
            const err27 = {
              instancePath: instancePath + '/verification',
              schemaPath: '#/properties/verification/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key6 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema19.properties.verification,
              data: data29,
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data29.smoke_tests !== void 0) {
          if (
            !validate78(data29.smoke_tests, {
              instancePath: instancePath + '/verification/smoke_tests',
              parentData: data29,
              parentDataProperty: 'smoke_tests',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
            errors = vErrors.length;
          }
        }
        if (data29.monitoring !== void 0) {
          if (
            !validate78(data29.monitoring, {
              instancePath: instancePath + '/verification/monitoring',
              parentData: data29,
              parentDataProperty: 'monitoring',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
            errors = vErrors.length;
          }
        }
        if (data29.accessibility_tested !== void 0) {
          let data32 = data29.accessibility_tested;
          if (typeof data32 !== 'boolean') {
            const err28 = {
              instancePath: instancePath + '/verification/accessibility_tested',
              schemaPath: '#/properties/verification/properties/accessibility_tested/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema19.properties.verification.properties.accessibility_tested.type,
              parentSchema: schema19.properties.verification.properties.accessibility_tested,
              data: data32,
            };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = {
          instancePath: instancePath + '/verification',
          schemaPath: '#/properties/verification/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema19.properties.verification.type,
          parentSchema: schema19.properties.verification,
          data: data29,
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.communication !== void 0) {
      let data33 = data.communication;
      if (data33 && typeof data33 == 'object' && !Array.isArray(data33)) {
        for (const key7 in data33) {
          if (!(key7 === 'support_briefed' || key7 === 'customer_plan')) {
            const err30 = {
              instancePath: instancePath + '/communication',
              schemaPath: '#/properties/communication/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key7 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema19.properties.communication,
              data: data33,
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data33.support_briefed !== void 0) {
          let data34 = data33.support_briefed;
          if (typeof data34 !== 'boolean') {
            const err31 = {
              instancePath: instancePath + '/communication/support_briefed',
              schemaPath: '#/properties/communication/properties/support_briefed/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema19.properties.communication.properties.support_briefed.type,
              parentSchema: schema19.properties.communication.properties.support_briefed,
              data: data34,
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data33.customer_plan !== void 0) {
          if (
            !validate78(data33.customer_plan, {
              instancePath: instancePath + '/communication/customer_plan',
              parentData: data33,
              parentDataProperty: 'customer_plan',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err32 = {
          instancePath: instancePath + '/communication',
          schemaPath: '#/properties/communication/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema19.properties.communication.type,
          parentSchema: schema19.properties.communication,
          data: data33,
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.signoffs !== void 0) {
      let data36 = data.signoffs;
      if (Array.isArray(data36)) {
        const len0 = data36.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate83(data36[i0], {
              instancePath: instancePath + '/signoffs/' + i0,
              parentData: data36,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err33 = {
          instancePath: instancePath + '/signoffs',
          schemaPath: '#/properties/signoffs/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema19.properties.signoffs.type,
          parentSchema: schema19.properties.signoffs,
          data: data36,
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.exceptions !== void 0) {
      let data38 = data.exceptions;
      if (Array.isArray(data38)) {
        const len1 = data38.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (
            !validate91(data38[i1], {
              instancePath: instancePath + '/exceptions/' + i1,
              parentData: data38,
              parentDataProperty: i1,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err34 = {
          instancePath: instancePath + '/exceptions',
          schemaPath: '#/properties/exceptions/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema19.properties.exceptions.type,
          parentSchema: schema19.properties.exceptions,
          data: data38,
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.depends_on !== void 0) {
      let data40 = data.depends_on;
      if (Array.isArray(data40)) {
        const len2 = data40.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (
            !validate99(data40[i2], {
              instancePath: instancePath + '/depends_on/' + i2,
              parentData: data40,
              parentDataProperty: i2,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err35 = {
          instancePath: instancePath + '/depends_on',
          schemaPath: '#/properties/depends_on/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema19.properties.depends_on.type,
          parentSchema: schema19.properties.depends_on,
          data: data40,
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.systems !== void 0) {
      let data42 = data.systems;
      if (Array.isArray(data42)) {
        const len3 = data42.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (
            !validate53(data42[i3], {
              instancePath: instancePath + '/systems/' + i3,
              parentData: data42,
              parentDataProperty: i3,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        let i4 = data42.length;
        let j0;
        if (i4 > 1) {
          outer0: for (; i4--;) {
            for (j0 = i4; j0--;) {
              if (func0(data42[i4], data42[j0])) {
                const err36 = {
                  instancePath: instancePath + '/systems',
                  schemaPath: '#/properties/systems/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i4, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i4 + ' are identical)',
                  schema: true,
                  parentSchema: schema19.properties.systems,
                  data: data42,
                };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err37 = {
          instancePath: instancePath + '/systems',
          schemaPath: '#/properties/systems/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema19.properties.systems.type,
          parentSchema: schema19.properties.systems,
          data: data42,
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
  } else {
    const err38 = {
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
      vErrors = [err38];
    } else {
      vErrors.push(err38);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export { release_schema_default as schema, validate };
