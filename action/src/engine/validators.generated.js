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
    function fmtDef(validate, compare) {
      return { validate, compare };
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

// validators.js
var release = validate20;
var schema31 = {
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
var schema32 = {
  title: 'a lowercase slug (letters, digits and single hyphens)',
  description: 'Lowercase letters and digits, words joined by single hyphens, at most 64 characters.',
  type: 'string',
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  maxLength: 64,
  examples: ['payments-api', 'ledger', 'checkout-web'],
};
var schema33 = {
  title: 'a SemVer 2.0.0 version string (like "2.4.0", without a leading "v")',
  description:
    'MAJOR.MINOR.PATCH with optional -pre-release and +build parts, exactly as https://semver.org/spec/v2.0.0.html defines it (its official regular expression). Quote it in YAML: 1.10 unquoted is the number 1.1.',
  type: 'string',
  pattern:
    '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
  maxLength: 256,
  examples: ['2.4.0', '1.2.4', '3.0.0-rc.1'],
};
var schema35 = {
  title: 'a release type',
  description: 'patch (1.2.3 \u2192 1.2.4), minor (1.2.0 \u2192 1.3.0) or major (1.0.0 \u2192 2.0.0).',
  type: 'string',
  enum: ['patch', 'minor', 'major'],
  examples: ['minor'],
};
var schema36 = {
  title: 'an RFC 3339 date-time with its UTC offset (like 2026-12-08T15:00:00-05:00)',
  description:
    'YYYY-MM-DDTHH:MM:SS, optional fractional seconds, then Z or \xB1hh:mm. The offset is required: a time without one is ambiguous.',
  type: 'string',
  pattern:
    '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
  format: 'date-time',
  examples: ['2026-12-08T15:00:00-05:00', '2026-12-08T20:00:00Z'],
};
var schema39 = {
  title: 'a deployment strategy',
  description:
    'One of the guide\u2019s deployment strategies: blue-green, canary, rolling, feature-flags or maintenance-window.',
  type: 'string',
  enum: ['blue-green', 'canary', 'rolling', 'feature-flags', 'maintenance-window'],
  examples: ['canary'],
};
var schema40 = {
  title: 'a GitHub handle (like "@dana")',
  description: 'An @ then a GitHub login: letters, digits and single inner hyphens, at most 39 characters.',
  type: 'string',
  pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
  maxLength: 40,
  examples: ['@dana', '@carol-ops'],
};
var schema41 = {
  title: 'a relative path with "/" separators (like docs/releases/2.4.0.md)',
  description:
    'Relative to the folder of the file that names it, with / separators. Not absolute (/\u2026, C:\u2026, ~\u2026) and not a URL. It may climb with ../ but must stay inside the repository, which the checker verifies.',
  type: 'string',
  pattern: '^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$',
  maxLength: 1024,
  examples: ['docs/releases/2.4.0.md', '../../templates/release-notes.md'],
};
var schema42 = {
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
var schema45 = {
  title: 'an incident id (like INC-4821)',
  description:
    'The incident\u2019s id in the incident management tool: letters, digits and . _ : # / - , starting with a letter or digit.',
  type: 'string',
  pattern: '^[A-Za-z0-9][A-Za-z0-9._:#/-]*$',
  maxLength: 64,
  examples: ['INC-4821'],
};
var schema46 = {
  title: 'an incident severity',
  description:
    'SEV1 (critical), SEV2 (high), SEV3 (medium) or SEV4 (low), from the guide\u2019s incident severity levels.',
  type: 'string',
  enum: ['SEV1', 'SEV2', 'SEV3', 'SEV4'],
  examples: ['SEV1'],
};
var schema47 = {
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
var func1 = Object.prototype.hasOwnProperty;
var func2 = require_ucs2length().default;
var func0 = require_equal().default;
var pattern4 = new RegExp('^[a-z0-9]+(?:-[a-z0-9]+)*$', 'u');
var pattern5 = new RegExp(
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
  'u',
);
var pattern7 = new RegExp(
  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
  'u',
);
var pattern10 = new RegExp('^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$', 'u');
var pattern11 = new RegExp('^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$', 'u');
var pattern12 = new RegExp(
  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
  'u',
);
var pattern15 = new RegExp('^[A-Za-z0-9][A-Za-z0-9._:#/-]*$', 'u');
var pattern16 = new RegExp('^[A-Za-z][A-Za-z0-9+.-]*://[^/?#\\s]*@', 'u');
var pattern17 = new RegExp('^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$', 'u');
var formats0 = require_formats().fullFormats['date-time'];
var formats6 = require_formats().fullFormats.date;
var schema51 = {
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
var schema52 = {
  title: 'a GitHub handle (like "@carol") or team (like "@octoacme/qa")',
  description:
    'An @ then a GitHub login, optionally followed by a slash and a team slug of that organization.',
  type: 'string',
  pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9][A-Za-z0-9_-]*)?$',
  maxLength: 150,
  examples: ['@carol', '@octoacme/qa'],
};
var schema55 = {
  title: 'a text with at least one character that is not a space',
  description: 'Free text; it must not be empty or only whitespace.',
  type: 'string',
  pattern: '\\S',
  maxLength: 2e3,
  examples: ['SEV1 fix for INC-4821'],
};
var pattern24 = new RegExp('^@[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9][A-Za-z0-9_-]*)?$', 'u');
var pattern27 = new RegExp('\\S', 'u');
function validate21(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
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
        schema: schema51.required,
        parentSchema: schema51,
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
        schema: schema51.required,
        parentSchema: schema51,
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
        schema: schema51.required,
        parentSchema: schema51,
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
          parentSchema: schema51,
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
            parentSchema: schema51.properties.role,
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
            parentSchema: schema51.properties.role,
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
          schema: schema51.properties.role.type,
          parentSchema: schema51.properties.role,
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
      let data1 = data.by;
      if (typeof data1 === 'string') {
        if (func2(data1) > 150) {
          const err7 = {
            instancePath: instancePath + '/by',
            schemaPath: '#/$defs/githubUserOrTeam/maxLength',
            keyword: 'maxLength',
            params: { limit: 150 },
            message: 'must NOT have more than 150 characters',
            schema: 150,
            parentSchema: schema52,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern24.test(data1)) {
          const err8 = {
            instancePath: instancePath + '/by',
            schemaPath: '#/$defs/githubUserOrTeam/pattern',
            keyword: 'pattern',
            params: { pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9][A-Za-z0-9_-]*)?$' },
            message: 'must match pattern "^@[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9][A-Za-z0-9_-]*)?$"',
            schema: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9][A-Za-z0-9_-]*)?$',
            parentSchema: schema52,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/by',
          schemaPath: '#/$defs/githubUserOrTeam/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema52.type,
          parentSchema: schema52,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.date !== void 0) {
      let data2 = data.date;
      const _errs10 = errors;
      let valid3 = true;
      const _errs11 = errors;
      if (typeof data2 === 'string') {
        if (func2(data2) > 10) {
          const err10 = {};
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
      var _valid0 = _errs11 === errors;
      errors = _errs10;
      if (vErrors !== null) {
        if (_errs10) {
          vErrors.length = _errs10;
        } else {
          vErrors = null;
        }
      }
      let ifClause0;
      if (_valid0) {
        const _errs12 = errors;
        if (typeof data2 === 'string') {
          if (!formats6.validate(data2)) {
            const err11 = {
              instancePath: instancePath + '/date',
              schemaPath: '#/$defs/dateOrDateTime/then/format',
              keyword: 'format',
              params: { format: 'date' },
              message: 'must match format "date"',
              schema: 'date',
              parentSchema: schema42.then,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        var _valid0 = _errs12 === errors;
        valid3 = _valid0;
        ifClause0 = 'then';
      } else {
        const _errs13 = errors;
        if (typeof data2 === 'string') {
          if (!formats0.validate(data2)) {
            const err12 = {
              instancePath: instancePath + '/date',
              schemaPath: '#/$defs/dateOrDateTime/else/format',
              keyword: 'format',
              params: { format: 'date-time' },
              message: 'must match format "date-time"',
              schema: 'date-time',
              parentSchema: schema42.else,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        var _valid0 = _errs13 === errors;
        valid3 = _valid0;
        ifClause0 = 'else';
      }
      if (!valid3) {
        const err13 = {
          instancePath: instancePath + '/date',
          schemaPath: '#/$defs/dateOrDateTime/if',
          keyword: 'if',
          params: { failingKeyword: ifClause0 },
          message: 'must match "' + ifClause0 + '" schema',
          schema: schema42.if,
          parentSchema: schema42,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data2 === 'string') {
        if (!pattern12.test(data2)) {
          const err14 = {
            instancePath: instancePath + '/date',
            schemaPath: '#/$defs/dateOrDateTime/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
            },
            message:
              'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$"',
            schema:
              '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
            parentSchema: schema42,
            data: data2,
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
          instancePath: instancePath + '/date',
          schemaPath: '#/$defs/dateOrDateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema42.type,
          parentSchema: schema42,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data3 = data.version;
      if (typeof data3 === 'string') {
        if (func2(data3) > 256) {
          const err16 = {
            instancePath: instancePath + '/version',
            schemaPath: '#/$defs/semver/maxLength',
            keyword: 'maxLength',
            params: { limit: 256 },
            message: 'must NOT have more than 256 characters',
            schema: 256,
            parentSchema: schema33,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern5.test(data3)) {
          const err17 = {
            instancePath: instancePath + '/version',
            schemaPath: '#/$defs/semver/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            },
            message:
              'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"',
            schema:
              '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            parentSchema: schema33,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/version',
          schemaPath: '#/$defs/semver/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
          parentSchema: schema33,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.note !== void 0) {
      let data4 = data.note;
      if (typeof data4 === 'string') {
        if (func2(data4) > 2e3) {
          const err19 = {
            instancePath: instancePath + '/note',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema55,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!pattern27.test(data4)) {
          const err20 = {
            instancePath: instancePath + '/note',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema55,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/note',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema55.type,
          parentSchema: schema55,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema51.type,
      parentSchema: schema51,
      data,
    };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema56 = {
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
var schema57 = {
  title: 'a rule id (lowercase words joined by hyphens, like blackout-window)',
  description: 'The id of a rule from the rule catalogue, lowercase with hyphens.',
  type: 'string',
  pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
  maxLength: 64,
  examples: ['blackout-window'],
};
var pattern28 = new RegExp('^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$', 'u');
function validate23(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
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
        schema: schema56.required,
        parentSchema: schema56,
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
        schema: schema56.required,
        parentSchema: schema56,
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
        schema: schema56.required,
        parentSchema: schema56,
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
        schema: schema56.required,
        parentSchema: schema56,
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
          parentSchema: schema56,
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
      let data0 = data.rule;
      if (typeof data0 === 'string') {
        if (func2(data0) > 64) {
          const err5 = {
            instancePath: instancePath + '/rule',
            schemaPath: '#/$defs/ruleName/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema57,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern28.test(data0)) {
          const err6 = {
            instancePath: instancePath + '/rule',
            schemaPath: '#/$defs/ruleName/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"',
            schema: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
            parentSchema: schema57,
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
          instancePath: instancePath + '/rule',
          schemaPath: '#/$defs/ruleName/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema57.type,
          parentSchema: schema57,
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
    if (data.reason !== void 0) {
      let data1 = data.reason;
      if (typeof data1 === 'string') {
        if (func2(data1) > 2e3) {
          const err8 = {
            instancePath: instancePath + '/reason',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema55,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern27.test(data1)) {
          const err9 = {
            instancePath: instancePath + '/reason',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema55,
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
          instancePath: instancePath + '/reason',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema55.type,
          parentSchema: schema55,
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
    if (data.approved_by !== void 0) {
      let data2 = data.approved_by;
      if (typeof data2 === 'string') {
        if (func2(data2) > 40) {
          const err11 = {
            instancePath: instancePath + '/approved_by',
            schemaPath: '#/$defs/githubUser/maxLength',
            keyword: 'maxLength',
            params: { limit: 40 },
            message: 'must NOT have more than 40 characters',
            schema: 40,
            parentSchema: schema40,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!pattern10.test(data2)) {
          const err12 = {
            instancePath: instancePath + '/approved_by',
            schemaPath: '#/$defs/githubUser/pattern',
            keyword: 'pattern',
            params: { pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$' },
            message: 'must match pattern "^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$"',
            schema: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
            parentSchema: schema40,
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
          instancePath: instancePath + '/approved_by',
          schemaPath: '#/$defs/githubUser/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema40.type,
          parentSchema: schema40,
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
    if (data.expires !== void 0) {
      let data3 = data.expires;
      const _errs14 = errors;
      let valid5 = true;
      const _errs15 = errors;
      if (typeof data3 === 'string') {
        if (func2(data3) > 10) {
          const err14 = {};
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
      var _valid0 = _errs15 === errors;
      errors = _errs14;
      if (vErrors !== null) {
        if (_errs14) {
          vErrors.length = _errs14;
        } else {
          vErrors = null;
        }
      }
      let ifClause0;
      if (_valid0) {
        const _errs16 = errors;
        if (typeof data3 === 'string') {
          if (!formats6.validate(data3)) {
            const err15 = {
              instancePath: instancePath + '/expires',
              schemaPath: '#/$defs/dateOrDateTime/then/format',
              keyword: 'format',
              params: { format: 'date' },
              message: 'must match format "date"',
              schema: 'date',
              parentSchema: schema42.then,
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
        var _valid0 = _errs16 === errors;
        valid5 = _valid0;
        ifClause0 = 'then';
      } else {
        const _errs17 = errors;
        if (typeof data3 === 'string') {
          if (!formats0.validate(data3)) {
            const err16 = {
              instancePath: instancePath + '/expires',
              schemaPath: '#/$defs/dateOrDateTime/else/format',
              keyword: 'format',
              params: { format: 'date-time' },
              message: 'must match format "date-time"',
              schema: 'date-time',
              parentSchema: schema42.else,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        var _valid0 = _errs17 === errors;
        valid5 = _valid0;
        ifClause0 = 'else';
      }
      if (!valid5) {
        const err17 = {
          instancePath: instancePath + '/expires',
          schemaPath: '#/$defs/dateOrDateTime/if',
          keyword: 'if',
          params: { failingKeyword: ifClause0 },
          message: 'must match "' + ifClause0 + '" schema',
          schema: schema42.if,
          parentSchema: schema42,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (typeof data3 === 'string') {
        if (!pattern12.test(data3)) {
          const err18 = {
            instancePath: instancePath + '/expires',
            schemaPath: '#/$defs/dateOrDateTime/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
            },
            message:
              'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$"',
            schema:
              '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
            parentSchema: schema42,
            data: data3,
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
          instancePath: instancePath + '/expires',
          schemaPath: '#/$defs/dateOrDateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema42.type,
          parentSchema: schema42,
          data: data3,
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
      let data4 = data.incident;
      if (typeof data4 === 'string') {
        if (func2(data4) > 64) {
          const err20 = {
            instancePath: instancePath + '/incident',
            schemaPath: '#/$defs/incidentId/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema45,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (!pattern15.test(data4)) {
          const err21 = {
            instancePath: instancePath + '/incident',
            schemaPath: '#/$defs/incidentId/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9][A-Za-z0-9._:#/-]*$' },
            message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:#/-]*$"',
            schema: '^[A-Za-z0-9][A-Za-z0-9._:#/-]*$',
            parentSchema: schema45,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = {
          instancePath: instancePath + '/incident',
          schemaPath: '#/$defs/incidentId/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema45.type,
          parentSchema: schema45,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema56.type,
      parentSchema: schema56,
      data,
    };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema62 = {
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
function validate25(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
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
        schema: schema62.required,
        parentSchema: schema62,
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
        schema: schema62.required,
        parentSchema: schema62,
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
          parentSchema: schema62,
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
      let data0 = data.product;
      if (typeof data0 === 'string') {
        if (func2(data0) > 64) {
          const err3 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema32,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err4 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema32,
            data: data0,
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
          instancePath: instancePath + '/product',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema32.type,
          parentSchema: schema32,
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
    if (data.version !== void 0) {
      let data1 = data.version;
      if (typeof data1 === 'string') {
        if (func2(data1) > 256) {
          const err6 = {
            instancePath: instancePath + '/version',
            schemaPath: '#/$defs/semver/maxLength',
            keyword: 'maxLength',
            params: { limit: 256 },
            message: 'must NOT have more than 256 characters',
            schema: 256,
            parentSchema: schema33,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err7 = {
            instancePath: instancePath + '/version',
            schemaPath: '#/$defs/semver/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            },
            message:
              'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"',
            schema:
              '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            parentSchema: schema33,
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
          instancePath: instancePath + '/version',
          schemaPath: '#/$defs/semver/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
          parentSchema: schema33,
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
  } else {
    const err9 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema62.type,
      parentSchema: schema62,
      data,
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate20(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
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
    if (data.version === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version' },
        message: "must have required property 'version'",
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
    if (data.type === void 0) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property 'type'",
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
    if (data.date === void 0) {
      const err3 = {
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
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err4 = {
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
            parentSchema: schema31.properties.$schema,
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
          schema: schema31.properties.$schema.type,
          parentSchema: schema31.properties.$schema,
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
      let data1 = data.product;
      if (typeof data1 === 'string') {
        if (func2(data1) > 64) {
          const err7 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema32,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern4.test(data1)) {
          const err8 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema32,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/product',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema32.type,
          parentSchema: schema32,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data2 = data.version;
      if (typeof data2 === 'string') {
        if (func2(data2) > 256) {
          const err10 = {
            instancePath: instancePath + '/version',
            schemaPath: '#/$defs/semver/maxLength',
            keyword: 'maxLength',
            params: { limit: 256 },
            message: 'must NOT have more than 256 characters',
            schema: 256,
            parentSchema: schema33,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern5.test(data2)) {
          const err11 = {
            instancePath: instancePath + '/version',
            schemaPath: '#/$defs/semver/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            },
            message:
              'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"',
            schema:
              '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            parentSchema: schema33,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/version',
          schemaPath: '#/$defs/semver/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
          parentSchema: schema33,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.previous !== void 0) {
      let data3 = data.previous;
      if (typeof data3 === 'string') {
        if (func2(data3) > 256) {
          const err13 = {
            instancePath: instancePath + '/previous',
            schemaPath: '#/$defs/semver/maxLength',
            keyword: 'maxLength',
            params: { limit: 256 },
            message: 'must NOT have more than 256 characters',
            schema: 256,
            parentSchema: schema33,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern5.test(data3)) {
          const err14 = {
            instancePath: instancePath + '/previous',
            schemaPath: '#/$defs/semver/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            },
            message:
              'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"',
            schema:
              '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            parentSchema: schema33,
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
          instancePath: instancePath + '/previous',
          schemaPath: '#/$defs/semver/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
          parentSchema: schema33,
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
    if (data.type !== void 0) {
      let data4 = data.type;
      if (typeof data4 !== 'string') {
        const err16 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/$defs/releaseType/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema35.type,
          parentSchema: schema35,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (!(data4 === 'patch' || data4 === 'minor' || data4 === 'major')) {
        const err17 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/$defs/releaseType/enum',
          keyword: 'enum',
          params: { allowedValues: schema35.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema35.enum,
          parentSchema: schema35,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.date !== void 0) {
      let data5 = data.date;
      if (typeof data5 === 'string') {
        if (!pattern7.test(data5)) {
          const err18 = {
            instancePath: instancePath + '/date',
            schemaPath: '#/$defs/dateTime/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
            },
            message:
              'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$"',
            schema:
              '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
            parentSchema: schema36,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (!formats0.validate(data5)) {
          const err19 = {
            instancePath: instancePath + '/date',
            schemaPath: '#/$defs/dateTime/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "date-time"',
            schema: 'date-time',
            parentSchema: schema36,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = {
          instancePath: instancePath + '/date',
          schemaPath: '#/$defs/dateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema36.type,
          parentSchema: schema36,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.window !== void 0) {
      let data6 = data.window;
      if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
        if (data6.end === void 0) {
          const err21 = {
            instancePath: instancePath + '/window',
            schemaPath: '#/properties/window/required',
            keyword: 'required',
            params: { missingProperty: 'end' },
            message: "must have required property 'end'",
            schema: schema31.properties.window.required,
            parentSchema: schema31.properties.window,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        for (const key1 in data6) {
          if (!(key1 === 'start' || key1 === 'end')) {
            const err22 = {
              instancePath: instancePath + '/window',
              schemaPath: '#/properties/window/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.window,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data6.start !== void 0) {
          let data7 = data6.start;
          if (typeof data7 === 'string') {
            if (!pattern7.test(data7)) {
              const err23 = {
                instancePath: instancePath + '/window/start',
                schemaPath: '#/$defs/dateTime/pattern',
                keyword: 'pattern',
                params: {
                  pattern:
                    '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
                },
                message:
                  'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$"',
                schema:
                  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
                parentSchema: schema36,
                data: data7,
              };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (!formats0.validate(data7)) {
              const err24 = {
                instancePath: instancePath + '/window/start',
                schemaPath: '#/$defs/dateTime/format',
                keyword: 'format',
                params: { format: 'date-time' },
                message: 'must match format "date-time"',
                schema: 'date-time',
                parentSchema: schema36,
                data: data7,
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = {
              instancePath: instancePath + '/window/start',
              schemaPath: '#/$defs/dateTime/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema36.type,
              parentSchema: schema36,
              data: data7,
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data6.end !== void 0) {
          let data8 = data6.end;
          if (typeof data8 === 'string') {
            if (!pattern7.test(data8)) {
              const err26 = {
                instancePath: instancePath + '/window/end',
                schemaPath: '#/$defs/dateTime/pattern',
                keyword: 'pattern',
                params: {
                  pattern:
                    '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
                },
                message:
                  'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$"',
                schema:
                  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
                parentSchema: schema36,
                data: data8,
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (!formats0.validate(data8)) {
              const err27 = {
                instancePath: instancePath + '/window/end',
                schemaPath: '#/$defs/dateTime/format',
                keyword: 'format',
                params: { format: 'date-time' },
                message: 'must match format "date-time"',
                schema: 'date-time',
                parentSchema: schema36,
                data: data8,
              };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = {
              instancePath: instancePath + '/window/end',
              schemaPath: '#/$defs/dateTime/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema36.type,
              parentSchema: schema36,
              data: data8,
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
          instancePath: instancePath + '/window',
          schemaPath: '#/properties/window/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.window.type,
          parentSchema: schema31.properties.window,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.strategy !== void 0) {
      let data9 = data.strategy;
      if (typeof data9 !== 'string') {
        const err30 = {
          instancePath: instancePath + '/strategy',
          schemaPath: '#/$defs/strategy/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema39.type,
          parentSchema: schema39,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      if (!(
        data9 === 'blue-green' ||
        data9 === 'canary' ||
        data9 === 'rolling' ||
        data9 === 'feature-flags' ||
        data9 === 'maintenance-window'
      )) {
        const err31 = {
          instancePath: instancePath + '/strategy',
          schemaPath: '#/$defs/strategy/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema39.enum,
          parentSchema: schema39,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.manager !== void 0) {
      let data10 = data.manager;
      if (typeof data10 === 'string') {
        if (func2(data10) > 40) {
          const err32 = {
            instancePath: instancePath + '/manager',
            schemaPath: '#/$defs/githubUser/maxLength',
            keyword: 'maxLength',
            params: { limit: 40 },
            message: 'must NOT have more than 40 characters',
            schema: 40,
            parentSchema: schema40,
            data: data10,
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (!pattern10.test(data10)) {
          const err33 = {
            instancePath: instancePath + '/manager',
            schemaPath: '#/$defs/githubUser/pattern',
            keyword: 'pattern',
            params: { pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$' },
            message: 'must match pattern "^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$"',
            schema: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
            parentSchema: schema40,
            data: data10,
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = {
          instancePath: instancePath + '/manager',
          schemaPath: '#/$defs/githubUser/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema40.type,
          parentSchema: schema40,
          data: data10,
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data11 = data.notes;
      if (typeof data11 === 'string') {
        if (func2(data11) > 1024) {
          const err35 = {
            instancePath: instancePath + '/notes',
            schemaPath: '#/$defs/relativePath/maxLength',
            keyword: 'maxLength',
            params: { limit: 1024 },
            message: 'must NOT have more than 1024 characters',
            schema: 1024,
            parentSchema: schema41,
            data: data11,
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (!pattern11.test(data11)) {
          const err36 = {
            instancePath: instancePath + '/notes',
            schemaPath: '#/$defs/relativePath/pattern',
            keyword: 'pattern',
            params: { pattern: '^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$' },
            message: 'must match pattern "^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$"',
            schema: '^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$',
            parentSchema: schema41,
            data: data11,
          };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = {
          instancePath: instancePath + '/notes',
          schemaPath: '#/$defs/relativePath/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema41.type,
          parentSchema: schema41,
          data: data11,
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
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
            const err38 = {
              instancePath: instancePath + '/changes',
              schemaPath: '#/properties/changes/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.changes,
              data: data12,
            };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data12.customer_facing !== void 0) {
          let data13 = data12.customer_facing;
          if (typeof data13 !== 'boolean') {
            const err39 = {
              instancePath: instancePath + '/changes/customer_facing',
              schemaPath: '#/properties/changes/properties/customer_facing/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema31.properties.changes.properties.customer_facing.type,
              parentSchema: schema31.properties.changes.properties.customer_facing,
              data: data13,
            };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data12.ui !== void 0) {
          let data14 = data12.ui;
          if (typeof data14 !== 'boolean') {
            const err40 = {
              instancePath: instancePath + '/changes/ui',
              schemaPath: '#/properties/changes/properties/ui/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema31.properties.changes.properties.ui.type,
              parentSchema: schema31.properties.changes.properties.ui,
              data: data14,
            };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data12.security !== void 0) {
          let data15 = data12.security;
          if (typeof data15 !== 'boolean') {
            const err41 = {
              instancePath: instancePath + '/changes/security',
              schemaPath: '#/properties/changes/properties/security/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema31.properties.changes.properties.security.type,
              parentSchema: schema31.properties.changes.properties.security,
              data: data15,
            };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data12.database_migrations !== void 0) {
          let data16 = data12.database_migrations;
          if (typeof data16 !== 'boolean') {
            const err42 = {
              instancePath: instancePath + '/changes/database_migrations',
              schemaPath: '#/properties/changes/properties/database_migrations/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema31.properties.changes.properties.database_migrations.type,
              parentSchema: schema31.properties.changes.properties.database_migrations,
              data: data16,
            };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data12.breaking !== void 0) {
          let data17 = data12.breaking;
          if (typeof data17 !== 'boolean') {
            const err43 = {
              instancePath: instancePath + '/changes/breaking',
              schemaPath: '#/properties/changes/properties/breaking/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema31.properties.changes.properties.breaking.type,
              parentSchema: schema31.properties.changes.properties.breaking,
              data: data17,
            };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data12.infrastructure !== void 0) {
          let data18 = data12.infrastructure;
          if (typeof data18 !== 'boolean') {
            const err44 = {
              instancePath: instancePath + '/changes/infrastructure',
              schemaPath: '#/properties/changes/properties/infrastructure/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema31.properties.changes.properties.infrastructure.type,
              parentSchema: schema31.properties.changes.properties.infrastructure,
              data: data18,
            };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = {
          instancePath: instancePath + '/changes',
          schemaPath: '#/properties/changes/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.changes.type,
          parentSchema: schema31.properties.changes,
          data: data12,
        };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.milestones !== void 0) {
      let data19 = data.milestones;
      if (data19 && typeof data19 == 'object' && !Array.isArray(data19)) {
        for (const key3 in data19) {
          if (!(key3 === 'planning' || key3 === 'feature_freeze' || key3 === 'code_freeze')) {
            const err46 = {
              instancePath: instancePath + '/milestones',
              schemaPath: '#/properties/milestones/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key3 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.milestones,
              data: data19,
            };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data19.planning !== void 0) {
          let data20 = data19.planning;
          const _errs58 = errors;
          let valid15 = true;
          const _errs59 = errors;
          if (typeof data20 === 'string') {
            if (func2(data20) > 10) {
              const err47 = {};
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          }
          var _valid0 = _errs59 === errors;
          errors = _errs58;
          if (vErrors !== null) {
            if (_errs58) {
              vErrors.length = _errs58;
            } else {
              vErrors = null;
            }
          }
          let ifClause0;
          if (_valid0) {
            const _errs60 = errors;
            if (typeof data20 === 'string') {
              if (!formats6.validate(data20)) {
                const err48 = {
                  instancePath: instancePath + '/milestones/planning',
                  schemaPath: '#/$defs/dateOrDateTime/then/format',
                  keyword: 'format',
                  params: { format: 'date' },
                  message: 'must match format "date"',
                  schema: 'date',
                  parentSchema: schema42.then,
                  data: data20,
                };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            var _valid0 = _errs60 === errors;
            valid15 = _valid0;
            ifClause0 = 'then';
          } else {
            const _errs61 = errors;
            if (typeof data20 === 'string') {
              if (!formats0.validate(data20)) {
                const err49 = {
                  instancePath: instancePath + '/milestones/planning',
                  schemaPath: '#/$defs/dateOrDateTime/else/format',
                  keyword: 'format',
                  params: { format: 'date-time' },
                  message: 'must match format "date-time"',
                  schema: 'date-time',
                  parentSchema: schema42.else,
                  data: data20,
                };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            var _valid0 = _errs61 === errors;
            valid15 = _valid0;
            ifClause0 = 'else';
          }
          if (!valid15) {
            const err50 = {
              instancePath: instancePath + '/milestones/planning',
              schemaPath: '#/$defs/dateOrDateTime/if',
              keyword: 'if',
              params: { failingKeyword: ifClause0 },
              message: 'must match "' + ifClause0 + '" schema',
              schema: schema42.if,
              parentSchema: schema42,
              data: data20,
            };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
          if (typeof data20 === 'string') {
            if (!pattern12.test(data20)) {
              const err51 = {
                instancePath: instancePath + '/milestones/planning',
                schemaPath: '#/$defs/dateOrDateTime/pattern',
                keyword: 'pattern',
                params: {
                  pattern:
                    '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
                },
                message:
                  'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$"',
                schema:
                  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
                parentSchema: schema42,
                data: data20,
              };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          } else {
            const err52 = {
              instancePath: instancePath + '/milestones/planning',
              schemaPath: '#/$defs/dateOrDateTime/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema42.type,
              parentSchema: schema42,
              data: data20,
            };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data19.feature_freeze !== void 0) {
          let data21 = data19.feature_freeze;
          const _errs65 = errors;
          let valid17 = true;
          const _errs66 = errors;
          if (typeof data21 === 'string') {
            if (func2(data21) > 10) {
              const err53 = {};
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          }
          var _valid1 = _errs66 === errors;
          errors = _errs65;
          if (vErrors !== null) {
            if (_errs65) {
              vErrors.length = _errs65;
            } else {
              vErrors = null;
            }
          }
          let ifClause1;
          if (_valid1) {
            const _errs67 = errors;
            if (typeof data21 === 'string') {
              if (!formats6.validate(data21)) {
                const err54 = {
                  instancePath: instancePath + '/milestones/feature_freeze',
                  schemaPath: '#/$defs/dateOrDateTime/then/format',
                  keyword: 'format',
                  params: { format: 'date' },
                  message: 'must match format "date"',
                  schema: 'date',
                  parentSchema: schema42.then,
                  data: data21,
                };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            var _valid1 = _errs67 === errors;
            valid17 = _valid1;
            ifClause1 = 'then';
          } else {
            const _errs68 = errors;
            if (typeof data21 === 'string') {
              if (!formats0.validate(data21)) {
                const err55 = {
                  instancePath: instancePath + '/milestones/feature_freeze',
                  schemaPath: '#/$defs/dateOrDateTime/else/format',
                  keyword: 'format',
                  params: { format: 'date-time' },
                  message: 'must match format "date-time"',
                  schema: 'date-time',
                  parentSchema: schema42.else,
                  data: data21,
                };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            var _valid1 = _errs68 === errors;
            valid17 = _valid1;
            ifClause1 = 'else';
          }
          if (!valid17) {
            const err56 = {
              instancePath: instancePath + '/milestones/feature_freeze',
              schemaPath: '#/$defs/dateOrDateTime/if',
              keyword: 'if',
              params: { failingKeyword: ifClause1 },
              message: 'must match "' + ifClause1 + '" schema',
              schema: schema42.if,
              parentSchema: schema42,
              data: data21,
            };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          if (typeof data21 === 'string') {
            if (!pattern12.test(data21)) {
              const err57 = {
                instancePath: instancePath + '/milestones/feature_freeze',
                schemaPath: '#/$defs/dateOrDateTime/pattern',
                keyword: 'pattern',
                params: {
                  pattern:
                    '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
                },
                message:
                  'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$"',
                schema:
                  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
                parentSchema: schema42,
                data: data21,
              };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          } else {
            const err58 = {
              instancePath: instancePath + '/milestones/feature_freeze',
              schemaPath: '#/$defs/dateOrDateTime/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema42.type,
              parentSchema: schema42,
              data: data21,
            };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data19.code_freeze !== void 0) {
          let data22 = data19.code_freeze;
          const _errs72 = errors;
          let valid19 = true;
          const _errs73 = errors;
          if (typeof data22 === 'string') {
            if (func2(data22) > 10) {
              const err59 = {};
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          }
          var _valid2 = _errs73 === errors;
          errors = _errs72;
          if (vErrors !== null) {
            if (_errs72) {
              vErrors.length = _errs72;
            } else {
              vErrors = null;
            }
          }
          let ifClause2;
          if (_valid2) {
            const _errs74 = errors;
            if (typeof data22 === 'string') {
              if (!formats6.validate(data22)) {
                const err60 = {
                  instancePath: instancePath + '/milestones/code_freeze',
                  schemaPath: '#/$defs/dateOrDateTime/then/format',
                  keyword: 'format',
                  params: { format: 'date' },
                  message: 'must match format "date"',
                  schema: 'date',
                  parentSchema: schema42.then,
                  data: data22,
                };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            var _valid2 = _errs74 === errors;
            valid19 = _valid2;
            ifClause2 = 'then';
          } else {
            const _errs75 = errors;
            if (typeof data22 === 'string') {
              if (!formats0.validate(data22)) {
                const err61 = {
                  instancePath: instancePath + '/milestones/code_freeze',
                  schemaPath: '#/$defs/dateOrDateTime/else/format',
                  keyword: 'format',
                  params: { format: 'date-time' },
                  message: 'must match format "date-time"',
                  schema: 'date-time',
                  parentSchema: schema42.else,
                  data: data22,
                };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            var _valid2 = _errs75 === errors;
            valid19 = _valid2;
            ifClause2 = 'else';
          }
          if (!valid19) {
            const err62 = {
              instancePath: instancePath + '/milestones/code_freeze',
              schemaPath: '#/$defs/dateOrDateTime/if',
              keyword: 'if',
              params: { failingKeyword: ifClause2 },
              message: 'must match "' + ifClause2 + '" schema',
              schema: schema42.if,
              parentSchema: schema42,
              data: data22,
            };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
          if (typeof data22 === 'string') {
            if (!pattern12.test(data22)) {
              const err63 = {
                instancePath: instancePath + '/milestones/code_freeze',
                schemaPath: '#/$defs/dateOrDateTime/pattern',
                keyword: 'pattern',
                params: {
                  pattern:
                    '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
                },
                message:
                  'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$"',
                schema:
                  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
                parentSchema: schema42,
                data: data22,
              };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          } else {
            const err64 = {
              instancePath: instancePath + '/milestones/code_freeze',
              schemaPath: '#/$defs/dateOrDateTime/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema42.type,
              parentSchema: schema42,
              data: data22,
            };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
      } else {
        const err65 = {
          instancePath: instancePath + '/milestones',
          schemaPath: '#/properties/milestones/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.milestones.type,
          parentSchema: schema31.properties.milestones,
          data: data19,
        };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.incident !== void 0) {
      let data23 = data.incident;
      if (data23 && typeof data23 == 'object' && !Array.isArray(data23)) {
        if (data23.id === void 0) {
          const err66 = {
            instancePath: instancePath + '/incident',
            schemaPath: '#/properties/incident/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
            message: "must have required property 'id'",
            schema: schema31.properties.incident.required,
            parentSchema: schema31.properties.incident,
            data: data23,
          };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
        if (data23.severity === void 0) {
          const err67 = {
            instancePath: instancePath + '/incident',
            schemaPath: '#/properties/incident/required',
            keyword: 'required',
            params: { missingProperty: 'severity' },
            message: "must have required property 'severity'",
            schema: schema31.properties.incident.required,
            parentSchema: schema31.properties.incident,
            data: data23,
          };
          if (vErrors === null) {
            vErrors = [err67];
          } else {
            vErrors.push(err67);
          }
          errors++;
        }
        for (const key4 in data23) {
          if (!(key4 === 'id' || key4 === 'severity')) {
            const err68 = {
              instancePath: instancePath + '/incident',
              schemaPath: '#/properties/incident/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key4 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.incident,
              data: data23,
            };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data23.id !== void 0) {
          let data24 = data23.id;
          if (typeof data24 === 'string') {
            if (func2(data24) > 64) {
              const err69 = {
                instancePath: instancePath + '/incident/id',
                schemaPath: '#/$defs/incidentId/maxLength',
                keyword: 'maxLength',
                params: { limit: 64 },
                message: 'must NOT have more than 64 characters',
                schema: 64,
                parentSchema: schema45,
                data: data24,
              };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
            if (!pattern15.test(data24)) {
              const err70 = {
                instancePath: instancePath + '/incident/id',
                schemaPath: '#/$defs/incidentId/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z0-9][A-Za-z0-9._:#/-]*$' },
                message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:#/-]*$"',
                schema: '^[A-Za-z0-9][A-Za-z0-9._:#/-]*$',
                parentSchema: schema45,
                data: data24,
              };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          } else {
            const err71 = {
              instancePath: instancePath + '/incident/id',
              schemaPath: '#/$defs/incidentId/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema45.type,
              parentSchema: schema45,
              data: data24,
            };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data23.severity !== void 0) {
          let data25 = data23.severity;
          if (typeof data25 !== 'string') {
            const err72 = {
              instancePath: instancePath + '/incident/severity',
              schemaPath: '#/$defs/incidentSeverity/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema46.type,
              parentSchema: schema46,
              data: data25,
            };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
          if (!(data25 === 'SEV1' || data25 === 'SEV2' || data25 === 'SEV3' || data25 === 'SEV4')) {
            const err73 = {
              instancePath: instancePath + '/incident/severity',
              schemaPath: '#/$defs/incidentSeverity/enum',
              keyword: 'enum',
              params: { allowedValues: schema46.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema46.enum,
              parentSchema: schema46,
              data: data25,
            };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
      } else {
        const err74 = {
          instancePath: instancePath + '/incident',
          schemaPath: '#/properties/incident/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.incident.type,
          parentSchema: schema31.properties.incident,
          data: data23,
        };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    if (data.rollback !== void 0) {
      let data26 = data.rollback;
      if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
        for (const key5 in data26) {
          if (!(key5 === 'plan' || key5 === 'tested')) {
            const err75 = {
              instancePath: instancePath + '/rollback',
              schemaPath: '#/properties/rollback/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key5 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.rollback,
              data: data26,
            };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data26.plan !== void 0) {
          let data27 = data26.plan;
          const _errs91 = errors;
          const _errs92 = errors;
          if (typeof data27 === 'string') {
            if (!pattern16.test(data27)) {
              const err76 = {};
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
          }
          var valid25 = _errs92 === errors;
          if (valid25) {
            const err77 = {
              instancePath: instancePath + '/rollback/plan',
              schemaPath: '#/$defs/pathOrUrl/not',
              keyword: 'not',
              params: {},
              message: 'must NOT be valid',
              schema: schema47.not,
              parentSchema: schema47,
              data: data27,
            };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          } else {
            errors = _errs91;
            if (vErrors !== null) {
              if (_errs91) {
                vErrors.length = _errs91;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data27 === 'string') {
            if (func2(data27) > 2048) {
              const err78 = {
                instancePath: instancePath + '/rollback/plan',
                schemaPath: '#/$defs/pathOrUrl/maxLength',
                keyword: 'maxLength',
                params: { limit: 2048 },
                message: 'must NOT have more than 2048 characters',
                schema: 2048,
                parentSchema: schema47,
                data: data27,
              };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
            if (!pattern17.test(data27)) {
              const err79 = {
                instancePath: instancePath + '/rollback/plan',
                schemaPath: '#/$defs/pathOrUrl/pattern',
                keyword: 'pattern',
                params: { pattern: '^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$' },
                message:
                  'must match pattern "^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$"',
                schema: '^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$',
                parentSchema: schema47,
                data: data27,
              };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
          } else {
            const err80 = {
              instancePath: instancePath + '/rollback/plan',
              schemaPath: '#/$defs/pathOrUrl/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema47.type,
              parentSchema: schema47,
              data: data27,
            };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data26.tested !== void 0) {
          let data28 = data26.tested;
          if (typeof data28 !== 'boolean') {
            const err81 = {
              instancePath: instancePath + '/rollback/tested',
              schemaPath: '#/properties/rollback/properties/tested/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema31.properties.rollback.properties.tested.type,
              parentSchema: schema31.properties.rollback.properties.tested,
              data: data28,
            };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
      } else {
        const err82 = {
          instancePath: instancePath + '/rollback',
          schemaPath: '#/properties/rollback/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.rollback.type,
          parentSchema: schema31.properties.rollback,
          data: data26,
        };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
    }
    if (data.verification !== void 0) {
      let data29 = data.verification;
      if (data29 && typeof data29 == 'object' && !Array.isArray(data29)) {
        for (const key6 in data29) {
          if (!(key6 === 'smoke_tests' || key6 === 'monitoring' || key6 === 'accessibility_tested')) {
            const err83 = {
              instancePath: instancePath + '/verification',
              schemaPath: '#/properties/verification/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key6 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.verification,
              data: data29,
            };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
        if (data29.smoke_tests !== void 0) {
          let data30 = data29.smoke_tests;
          const _errs101 = errors;
          const _errs102 = errors;
          if (typeof data30 === 'string') {
            if (!pattern16.test(data30)) {
              const err84 = {};
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
          }
          var valid28 = _errs102 === errors;
          if (valid28) {
            const err85 = {
              instancePath: instancePath + '/verification/smoke_tests',
              schemaPath: '#/$defs/pathOrUrl/not',
              keyword: 'not',
              params: {},
              message: 'must NOT be valid',
              schema: schema47.not,
              parentSchema: schema47,
              data: data30,
            };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          } else {
            errors = _errs101;
            if (vErrors !== null) {
              if (_errs101) {
                vErrors.length = _errs101;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data30 === 'string') {
            if (func2(data30) > 2048) {
              const err86 = {
                instancePath: instancePath + '/verification/smoke_tests',
                schemaPath: '#/$defs/pathOrUrl/maxLength',
                keyword: 'maxLength',
                params: { limit: 2048 },
                message: 'must NOT have more than 2048 characters',
                schema: 2048,
                parentSchema: schema47,
                data: data30,
              };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
            if (!pattern17.test(data30)) {
              const err87 = {
                instancePath: instancePath + '/verification/smoke_tests',
                schemaPath: '#/$defs/pathOrUrl/pattern',
                keyword: 'pattern',
                params: { pattern: '^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$' },
                message:
                  'must match pattern "^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$"',
                schema: '^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$',
                parentSchema: schema47,
                data: data30,
              };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
          } else {
            const err88 = {
              instancePath: instancePath + '/verification/smoke_tests',
              schemaPath: '#/$defs/pathOrUrl/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema47.type,
              parentSchema: schema47,
              data: data30,
            };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
        if (data29.monitoring !== void 0) {
          let data31 = data29.monitoring;
          const _errs106 = errors;
          const _errs107 = errors;
          if (typeof data31 === 'string') {
            if (!pattern16.test(data31)) {
              const err89 = {};
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
          }
          var valid30 = _errs107 === errors;
          if (valid30) {
            const err90 = {
              instancePath: instancePath + '/verification/monitoring',
              schemaPath: '#/$defs/pathOrUrl/not',
              keyword: 'not',
              params: {},
              message: 'must NOT be valid',
              schema: schema47.not,
              parentSchema: schema47,
              data: data31,
            };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          } else {
            errors = _errs106;
            if (vErrors !== null) {
              if (_errs106) {
                vErrors.length = _errs106;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data31 === 'string') {
            if (func2(data31) > 2048) {
              const err91 = {
                instancePath: instancePath + '/verification/monitoring',
                schemaPath: '#/$defs/pathOrUrl/maxLength',
                keyword: 'maxLength',
                params: { limit: 2048 },
                message: 'must NOT have more than 2048 characters',
                schema: 2048,
                parentSchema: schema47,
                data: data31,
              };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
            if (!pattern17.test(data31)) {
              const err92 = {
                instancePath: instancePath + '/verification/monitoring',
                schemaPath: '#/$defs/pathOrUrl/pattern',
                keyword: 'pattern',
                params: { pattern: '^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$' },
                message:
                  'must match pattern "^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$"',
                schema: '^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$',
                parentSchema: schema47,
                data: data31,
              };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
          } else {
            const err93 = {
              instancePath: instancePath + '/verification/monitoring',
              schemaPath: '#/$defs/pathOrUrl/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema47.type,
              parentSchema: schema47,
              data: data31,
            };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
        if (data29.accessibility_tested !== void 0) {
          let data32 = data29.accessibility_tested;
          if (typeof data32 !== 'boolean') {
            const err94 = {
              instancePath: instancePath + '/verification/accessibility_tested',
              schemaPath: '#/properties/verification/properties/accessibility_tested/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema31.properties.verification.properties.accessibility_tested.type,
              parentSchema: schema31.properties.verification.properties.accessibility_tested,
              data: data32,
            };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
      } else {
        const err95 = {
          instancePath: instancePath + '/verification',
          schemaPath: '#/properties/verification/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.verification.type,
          parentSchema: schema31.properties.verification,
          data: data29,
        };
        if (vErrors === null) {
          vErrors = [err95];
        } else {
          vErrors.push(err95);
        }
        errors++;
      }
    }
    if (data.communication !== void 0) {
      let data33 = data.communication;
      if (data33 && typeof data33 == 'object' && !Array.isArray(data33)) {
        for (const key7 in data33) {
          if (!(key7 === 'support_briefed' || key7 === 'customer_plan')) {
            const err96 = {
              instancePath: instancePath + '/communication',
              schemaPath: '#/properties/communication/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key7 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.communication,
              data: data33,
            };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
        }
        if (data33.support_briefed !== void 0) {
          let data34 = data33.support_briefed;
          if (typeof data34 !== 'boolean') {
            const err97 = {
              instancePath: instancePath + '/communication/support_briefed',
              schemaPath: '#/properties/communication/properties/support_briefed/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema31.properties.communication.properties.support_briefed.type,
              parentSchema: schema31.properties.communication.properties.support_briefed,
              data: data34,
            };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
        if (data33.customer_plan !== void 0) {
          let data35 = data33.customer_plan;
          const _errs118 = errors;
          const _errs119 = errors;
          if (typeof data35 === 'string') {
            if (!pattern16.test(data35)) {
              const err98 = {};
              if (vErrors === null) {
                vErrors = [err98];
              } else {
                vErrors.push(err98);
              }
              errors++;
            }
          }
          var valid33 = _errs119 === errors;
          if (valid33) {
            const err99 = {
              instancePath: instancePath + '/communication/customer_plan',
              schemaPath: '#/$defs/pathOrUrl/not',
              keyword: 'not',
              params: {},
              message: 'must NOT be valid',
              schema: schema47.not,
              parentSchema: schema47,
              data: data35,
            };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          } else {
            errors = _errs118;
            if (vErrors !== null) {
              if (_errs118) {
                vErrors.length = _errs118;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data35 === 'string') {
            if (func2(data35) > 2048) {
              const err100 = {
                instancePath: instancePath + '/communication/customer_plan',
                schemaPath: '#/$defs/pathOrUrl/maxLength',
                keyword: 'maxLength',
                params: { limit: 2048 },
                message: 'must NOT have more than 2048 characters',
                schema: 2048,
                parentSchema: schema47,
                data: data35,
              };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
            if (!pattern17.test(data35)) {
              const err101 = {
                instancePath: instancePath + '/communication/customer_plan',
                schemaPath: '#/$defs/pathOrUrl/pattern',
                keyword: 'pattern',
                params: { pattern: '^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$' },
                message:
                  'must match pattern "^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$"',
                schema: '^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$',
                parentSchema: schema47,
                data: data35,
              };
              if (vErrors === null) {
                vErrors = [err101];
              } else {
                vErrors.push(err101);
              }
              errors++;
            }
          } else {
            const err102 = {
              instancePath: instancePath + '/communication/customer_plan',
              schemaPath: '#/$defs/pathOrUrl/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema47.type,
              parentSchema: schema47,
              data: data35,
            };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
      } else {
        const err103 = {
          instancePath: instancePath + '/communication',
          schemaPath: '#/properties/communication/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.communication.type,
          parentSchema: schema31.properties.communication,
          data: data33,
        };
        if (vErrors === null) {
          vErrors = [err103];
        } else {
          vErrors.push(err103);
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
            !validate21(data36[i0], {
              instancePath: instancePath + '/signoffs/' + i0,
              parentData: data36,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err104 = {
          instancePath: instancePath + '/signoffs',
          schemaPath: '#/properties/signoffs/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema31.properties.signoffs.type,
          parentSchema: schema31.properties.signoffs,
          data: data36,
        };
        if (vErrors === null) {
          vErrors = [err104];
        } else {
          vErrors.push(err104);
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
            !validate23(data38[i1], {
              instancePath: instancePath + '/exceptions/' + i1,
              parentData: data38,
              parentDataProperty: i1,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err105 = {
          instancePath: instancePath + '/exceptions',
          schemaPath: '#/properties/exceptions/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema31.properties.exceptions.type,
          parentSchema: schema31.properties.exceptions,
          data: data38,
        };
        if (vErrors === null) {
          vErrors = [err105];
        } else {
          vErrors.push(err105);
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
            !validate25(data40[i2], {
              instancePath: instancePath + '/depends_on/' + i2,
              parentData: data40,
              parentDataProperty: i2,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err106 = {
          instancePath: instancePath + '/depends_on',
          schemaPath: '#/properties/depends_on/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema31.properties.depends_on.type,
          parentSchema: schema31.properties.depends_on,
          data: data40,
        };
        if (vErrors === null) {
          vErrors = [err106];
        } else {
          vErrors.push(err106);
        }
        errors++;
      }
    }
    if (data.systems !== void 0) {
      let data42 = data.systems;
      if (Array.isArray(data42)) {
        const len3 = data42.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data43 = data42[i3];
          if (typeof data43 === 'string') {
            if (func2(data43) > 64) {
              const err107 = {
                instancePath: instancePath + '/systems/' + i3,
                schemaPath: '#/$defs/slug/maxLength',
                keyword: 'maxLength',
                params: { limit: 64 },
                message: 'must NOT have more than 64 characters',
                schema: 64,
                parentSchema: schema32,
                data: data43,
              };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
            }
            if (!pattern4.test(data43)) {
              const err108 = {
                instancePath: instancePath + '/systems/' + i3,
                schemaPath: '#/$defs/slug/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
                message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
                schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
                parentSchema: schema32,
                data: data43,
              };
              if (vErrors === null) {
                vErrors = [err108];
              } else {
                vErrors.push(err108);
              }
              errors++;
            }
          } else {
            const err109 = {
              instancePath: instancePath + '/systems/' + i3,
              schemaPath: '#/$defs/slug/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema32.type,
              parentSchema: schema32,
              data: data43,
            };
            if (vErrors === null) {
              vErrors = [err109];
            } else {
              vErrors.push(err109);
            }
            errors++;
          }
        }
        let i4 = data42.length;
        let j0;
        if (i4 > 1) {
          outer0: for (; i4--;) {
            for (j0 = i4; j0--;) {
              if (func0(data42[i4], data42[j0])) {
                const err110 = {
                  instancePath: instancePath + '/systems',
                  schemaPath: '#/properties/systems/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i4, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i4 + ' are identical)',
                  schema: true,
                  parentSchema: schema31.properties.systems,
                  data: data42,
                };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err111 = {
          instancePath: instancePath + '/systems',
          schemaPath: '#/properties/systems/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema31.properties.systems.type,
          parentSchema: schema31.properties.systems,
          data: data42,
        };
        if (vErrors === null) {
          vErrors = [err111];
        } else {
          vErrors.push(err111);
        }
        errors++;
      }
    }
  } else {
    const err112 = {
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
      vErrors = [err112];
    } else {
      vErrors.push(err112);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var policy = validate27;
var schema66 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://octoacme.github.io/release-policy/schemas/policy.schema.json',
  title: 'Release policy',
  description:
    'A release policy as data (never code): the roles who sign off, what each release type requires, the conditional requirements of each kind of change, the notes templates, the incident severities, which rules may be waived and by whom, severity overrides and the calendar. A policy that `extends` another merges onto it key by key (mappings merge, lists and values replace), so only what differs needs writing; without `extends` a policy must be complete.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: {
      title: 'Schema URL',
      description:
        'The URL of this schema, for editors that read a `$schema` key rather than the `# yaml-language-server: $schema=\u2026` comment. The checker ignores it.',
      type: 'string',
      minLength: 1,
      examples: ['https://octoacme.github.io/release-policy/schemas/policy.schema.json'],
    },
    name: {
      $ref: '#/$defs/slug',
      title: 'Name',
      description:
        'The policy\u2019s name, a lowercase slug. Reports and the audit record name the policy by it; a built-in policy is extended by this name.',
      examples: ['octoacme', 'payments'],
    },
    title: {
      $ref: '#/$defs/text',
      title: 'Title',
      description: 'The policy\u2019s human-readable name, shown on the site and in reports.',
      examples: ['OctoAcme Release & Deployment Policy'],
    },
    description: {
      $ref: '#/$defs/text',
      title: 'Description',
      description: 'What the policy is for and where it comes from, in a sentence or two.',
      examples: ['OctoAcme\u2019s release & deployment guide as policy-as-code.'],
    },
    extends: {
      $ref: '#/$defs/policyRef',
      title: 'Extends',
      description:
        'The policy this one builds on: the name of a built-in policy (octoacme) or a path to a policy file relative to this one, starting with ./ or ../. The base is loaded first and this file merges onto it: mappings (roles, types, changes, templates, severity, \u2026) merge key by key, lists and single values replace. With `extends`, every other key is optional.',
      examples: ['octoacme', '../org/policy.yml'],
    },
    roles: {
      title: 'Roles',
      description:
        'The roles that sign off or approve, by id (lowercase with hyphens). Sign-offs in release.yml name a role by its id or an alias; with a token, `signoff-verified` checks that the signer is one of the role\u2019s users or teams.',
      type: 'object',
      propertyNames: { $ref: '#/$defs/roleId' },
      additionalProperties: { $ref: '#/$defs/role' },
      examples: [{ 'qa-lead': { title: 'QA Lead', aliases: ['qa'], teams: ['@octoacme/qa'] } }],
    },
    types: {
      title: 'Release types',
      description:
        'What each release type requires: sign-offs, notes template, lead times, rollback, strategies and breaking changes, plus the guide\u2019s prose about it for the site.',
      type: 'object',
      additionalProperties: false,
      properties: {
        patch: {
          $ref: '#/$defs/releaseTypePolicy',
          title: 'Patch release',
          description:
            'Hotfixes for critical production issues or security vulnerabilities (1.2.3 \u2192 1.2.4).',
          examples: [
            {
              title: 'Patch Release',
              signoffs: ['tech-lead', 'product-owner'],
              notes: 'hotfix',
              rollback: { required: true, tested: false },
              breaking_changes: 'forbidden',
            },
          ],
        },
        minor: {
          $ref: '#/$defs/releaseTypePolicy',
          title: 'Minor release',
          description: 'Incremental features and improvements without breaking changes (1.2.0 \u2192 1.3.0).',
          examples: [
            {
              title: 'Minor Release',
              signoffs: ['qa-lead', 'tech-lead', 'product-owner', 'release-manager', 'devops'],
              notes: 'standard',
              lead_time: { feature_freeze_days: 28, code_freeze_days: 14 },
              rollback: { required: true, tested: true },
              breaking_changes: 'forbidden',
            },
          ],
        },
        major: {
          $ref: '#/$defs/releaseTypePolicy',
          title: 'Major release',
          description: 'Significant functionality or breaking changes (1.0.0 \u2192 2.0.0).',
          examples: [
            {
              title: 'Major Release',
              signoffs: ['qa-lead', 'tech-lead', 'product-owner', 'release-manager', 'devops', 'executive'],
              notes: 'standard',
              lead_time: { planned_days: 56, feature_freeze_days: 28, code_freeze_days: 14 },
              strategies: ['canary', 'blue-green', 'rolling'],
              breaking_changes: 'must-document',
            },
          ],
        },
      },
      examples: [{ patch: { signoffs: ['tech-lead', 'product-owner'], notes: 'hotfix' } }],
    },
    changes: {
      title: 'Kinds of change',
      description:
        'Requirements added when release.yml sets a kind under `changes` to true: extra sign-offs and named checks. They add to the release type\u2019s requirements.',
      type: 'object',
      additionalProperties: false,
      properties: {
        customer_facing: {
          $ref: '#/$defs/changeRequirement',
          title: 'Customer-facing changes',
          description: 'Added when `changes.customer_facing` is true.',
          examples: [{ signoffs: ['support-lead'], requires: ['communication-plan', 'support-briefed'] }],
        },
        ui: {
          $ref: '#/$defs/changeRequirement',
          title: 'UI changes',
          description: 'Added when `changes.ui` is true.',
          examples: [{ signoffs: ['ux'], requires: ['accessibility-tested'] }],
        },
        security: {
          $ref: '#/$defs/changeRequirement',
          title: 'Security-sensitive changes',
          description: 'Added when `changes.security` is true.',
          examples: [{ signoffs: ['security'] }],
        },
        database_migrations: {
          $ref: '#/$defs/changeRequirement',
          title: 'Database migrations',
          description: 'Added when `changes.database_migrations` is true.',
          examples: [{ requires: ['rollback-tested'] }],
        },
        breaking: {
          $ref: '#/$defs/changeRequirement',
          title: 'Breaking changes',
          description: 'Added when `changes.breaking` is true.',
          examples: [{ requires: ['migration-steps'] }],
        },
        infrastructure: {
          $ref: '#/$defs/changeRequirement',
          title: 'Infrastructure changes',
          description: 'Added when `changes.infrastructure` is true.',
          examples: [{ signoffs: ['devops'] }],
        },
      },
      examples: [{ security: { title: 'Security-sensitive changes', signoffs: ['security'] } }],
    },
    signoffs: {
      title: 'Sign-off rules',
      description: 'How sign-offs age.',
      type: 'object',
      additionalProperties: false,
      properties: {
        max_age_days: {
          title: 'Maximum age (days)',
          description:
            'A sign-off dated more than this many days before the release `date` is stale (`signoff-stale`), as is one for another version or dated after `date`.',
          type: 'integer',
          minimum: 1,
          maximum: 365,
          examples: [30],
        },
      },
      examples: [{ max_age_days: 30 }],
    },
    deploy: {
      title: 'Deploy gate',
      description:
        'What the deploy gate (`--mode deploy`) allows besides the blackouts: how far the deploy may be from the planned `date` (`lead-time`).',
      type: 'object',
      additionalProperties: false,
      properties: {
        tolerance_days: {
          title: 'Tolerance (days)',
          description:
            'A deploy more than this many whole days (in the calendar\u2019s zone) before or after the planned `date` is a `lead-time` finding: the plan, its sign-offs and the calendar no longer describe it. Absent: any distance is accepted.',
          type: 'integer',
          minimum: 0,
          maximum: 365,
          examples: [2],
        },
      },
      examples: [{ tolerance_days: 2 }],
    },
    notes: {
      title: 'Release notes',
      description:
        'The release notes templates (a release type names one) and the placeholders that must not be left in finished notes.',
      type: 'object',
      additionalProperties: false,
      properties: {
        templates: {
          title: 'Templates',
          description: 'Notes templates by id (lowercase slug), named by `types.<type>.notes`.',
          type: 'object',
          propertyNames: { $ref: '#/$defs/slug' },
          additionalProperties: { $ref: '#/$defs/notesTemplate' },
          examples: [
            {
              hotfix: {
                title: 'Hotfix release notes',
                file: '../../templates/hotfix-notes.md',
                required_sections: ['Summary', 'Fixed Issues', 'Recommendation', 'Verification'],
              },
            },
          ],
        },
        placeholders: {
          title: 'Extra placeholders',
          description:
            'Literal texts that mark an unfinished template, besides the bracketed placeholders (like [Feature Name]) that `notes-placeholder` takes from the template itself. Matched case-sensitively anywhere in the notes.',
          type: 'array',
          items: { $ref: '#/$defs/text' },
          uniqueItems: true,
          examples: [['CVE-XXXX-YYYY', 'X.Y.Z']],
        },
      },
      examples: [{ placeholders: ['CVE-XXXX-YYYY'] }],
    },
    incidents: {
      title: 'Incidents',
      description:
        'The incident severity matrix (what each level means and the response it gets), and which levels count as emergencies.',
      type: 'object',
      additionalProperties: false,
      properties: {
        severities: {
          title: 'Severity levels',
          description: 'The guide\u2019s incident severity levels, SEV1 (critical) to SEV4 (low).',
          type: 'object',
          additionalProperties: false,
          properties: {
            SEV1: {
              $ref: '#/$defs/severityLevel',
              title: 'SEV 1',
              description: 'The most severe level.',
              examples: [
                {
                  title: 'Critical',
                  description: ['Production completely down or severely degraded'],
                  response: 'Immediate rollback, all hands on deck, executive notification',
                },
              ],
            },
            SEV2: {
              $ref: '#/$defs/severityLevel',
              title: 'SEV 2',
              description: 'The second level.',
              examples: [
                {
                  title: 'High',
                  description: ['Major functionality unavailable'],
                  response: 'Assess for rollback, engage incident response team, frequent updates',
                },
              ],
            },
            SEV3: {
              $ref: '#/$defs/severityLevel',
              title: 'SEV 3',
              description: 'The third level.',
              examples: [
                {
                  title: 'Medium',
                  description: ['Partial functionality impaired'],
                  response: 'Monitor, fix forward if possible, schedule follow-up release',
                },
              ],
            },
            SEV4: {
              $ref: '#/$defs/severityLevel',
              title: 'SEV 4',
              description: 'The least severe level.',
              examples: [
                {
                  title: 'Low',
                  description: ['Minor issues, cosmetic problems'],
                  response: 'Log and fix in next release',
                },
              ],
            },
          },
          examples: [{ SEV4: { title: 'Low', response: 'Log and fix in next release' } }],
        },
        emergency: {
          title: 'Emergency severities',
          description:
            'The severities that count as an emergency. A calendar blackout\u2019s `exception` that lists no `incident_severities` admits releases fixing an incident of one of these.',
          type: 'array',
          items: { $ref: '#/$defs/incidentSeverity' },
          uniqueItems: true,
          examples: [['SEV1', 'SEV2']],
        },
      },
      examples: [{ emergency: ['SEV1', 'SEV2'] }],
    },
    exceptions: {
      title: 'Exceptions (waivers)',
      description:
        'Which rules a release may waive in its `exceptions`, who may approve each waiver, and how long a waiver may last. A rule not listed here cannot be waived; yaml-syntax, schema, exception-invalid, signoff-required, signoff-verified, breaking-change, notes-missing and notes-mismatch never can.',
      type: 'object',
      additionalProperties: false,
      properties: {
        max_days: {
          title: 'Maximum duration (days)',
          description:
            'A waiver\u2019s `expires` may be at most this many days after the release it is for: its `date` in plan mode, the deploy in deploy mode; a later expiry is reported by `exception-invalid`.',
          type: 'integer',
          minimum: 1,
          maximum: 365,
          examples: [30],
        },
        waivable: {
          title: 'Waivable rules',
          description:
            'The rules that may be waived, each with the roles whose holders may approve the waiver. For `blackout-window`, a calendar entry with its own `exception` names its own approving roles instead.',
          type: 'object',
          propertyNames: { $ref: '#/$defs/waivableRuleId' },
          additionalProperties: { $ref: '#/$defs/waiverGrant' },
          examples: [{ 'lead-time': { granted_by: ['release-manager'] } }],
        },
      },
      examples: [{ max_days: 30, waivable: { 'lead-time': { granted_by: ['release-manager'] } } }],
    },
    severity: {
      title: 'Severity overrides',
      description:
        'Changes the severity of a rule\u2019s findings: error (fails the check), warning (reported, does not fail unless `fail-on: warning`) or off (not run). yaml-syntax and schema cannot be changed.',
      type: 'object',
      propertyNames: { $ref: '#/$defs/adjustableRuleId' },
      additionalProperties: {
        title: 'Severity',
        description: 'error, warning or off.',
        type: 'string',
        enum: ['error', 'warning', 'off'],
        examples: ['warning'],
      },
      examples: [{ 'release-conflict': 'error' }],
    },
    calendar: {
      $ref: '#/$defs/relativePath',
      title: 'Calendar',
      description:
        'Path of the release calendar (calendar.schema.json), relative to this policy file: blackouts, holidays, code freezes, maintenance windows and planned releases.',
      examples: ['calendar.yml'],
    },
    releases: {
      $ref: '#/$defs/relativePath',
      title: 'Collected releases',
      description:
        "Path of a collected releases file (releases.schema.json, written by `release-policy collect`), relative to this policy file. Its releases join every check and the calendar export, beside the calendar's own planned releases: a release.yml checked in the run wins over a collected entry, which wins over the calendar. A file named here is read with the policy: a broken one makes the policy invalid.",
      examples: ['releases.json'],
    },
  },
  $comment:
    'Without `extends` a policy must stand alone: `else` requires the keys (and the parts of them) that the checker and the site need. With `extends`, a partial override is enough; the loader merges it onto its base. Entries of `true` only restate keys defined above, as ajv strictRequired wants.',
  if: { properties: { extends: true }, required: ['extends'] },
  else: {
    required: ['name', 'title', 'description', 'roles', 'types', 'notes'],
    properties: {
      name: true,
      title: true,
      description: true,
      roles: {
        type: 'object',
        additionalProperties: { type: 'object', properties: { title: true }, required: ['title'] },
      },
      types: {
        type: 'object',
        properties: {
          patch: {
            type: 'object',
            properties: { title: true, signoffs: true, notes: true },
            required: ['title', 'signoffs', 'notes'],
          },
          minor: {
            type: 'object',
            properties: { title: true, signoffs: true, notes: true },
            required: ['title', 'signoffs', 'notes'],
          },
          major: {
            type: 'object',
            properties: { title: true, signoffs: true, notes: true },
            required: ['title', 'signoffs', 'notes'],
          },
        },
        required: ['patch', 'minor', 'major'],
      },
      notes: {
        type: 'object',
        properties: {
          templates: {
            type: 'object',
            additionalProperties: {
              type: 'object',
              properties: { title: true, file: true, required_sections: true },
              required: ['title', 'file', 'required_sections'],
            },
          },
        },
        required: ['templates'],
      },
      incidents: {
        type: 'object',
        properties: {
          severities: {
            type: 'object',
            additionalProperties: { type: 'object', properties: { title: true }, required: ['title'] },
          },
        },
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
    text: {
      title: 'a text with at least one character that is not a space',
      description: 'Free text; it must not be empty or only whitespace.',
      type: 'string',
      pattern: '\\S',
      maxLength: 2e3,
      examples: ['SEV1 fix for INC-4821'],
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
    githubUser: {
      title: 'a GitHub handle (like "@dana")',
      description:
        'An @ then a GitHub login: letters, digits and single inner hyphens, at most 39 characters.',
      type: 'string',
      pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
      maxLength: 40,
      examples: ['@dana', '@carol-ops'],
    },
    githubTeam: {
      title: 'a GitHub team (like "@octoacme/release-managers")',
      description: 'An @, the organization login, a slash and the team slug.',
      type: 'string',
      pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9][A-Za-z0-9_-]*$',
      maxLength: 150,
      examples: ['@octoacme/release-managers', '@octoacme/qa'],
    },
    roleId: {
      title: 'a role id (lowercase words joined by hyphens, like "qa-lead")',
      description:
        'The id of a role defined under `roles` in the policy, such as release-manager, qa-lead or tech-lead. Written in lowercase with hyphens; the policy loader checks that the role exists.',
      type: 'string',
      pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
      maxLength: 64,
      examples: ['release-manager', 'qa-lead'],
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
    policyRef: {
      title: 'a built-in policy name (like octoacme) or a relative path starting with ./ or ../',
      description:
        'A lowercase slug names a policy shipped with release-policy; anything else must be a relative path to a YAML file that starts with ./ or ../.',
      type: 'string',
      pattern: '^(?:[a-z0-9]+(?:-[a-z0-9]+)*|\\.\\.?/[^\\\\\\r\\n]+\\.ya?ml)$',
      maxLength: 1024,
      examples: ['octoacme', './base-policy.yml'],
    },
    ruleId: {
      title: 'a rule id from the rule catalogue',
      description: 'One of the rule ids published in the rule catalogue.',
      type: 'string',
      enum: [
        'yaml-syntax',
        'schema',
        'version-bump',
        'signoff-required',
        'signoff-stale',
        'signoff-verified',
        'blackout-window',
        'lead-time',
        'release-conflict',
        'rollback-plan',
        'deployment-strategy',
        'notes-missing',
        'notes-section',
        'notes-placeholder',
        'notes-mismatch',
        'breaking-change',
        'customer-communication',
        'exception-invalid',
      ],
      examples: ['blackout-window'],
    },
    waivableRuleId: {
      title: 'the id of a rule that can be waived',
      description:
        'A rule id from the catalogue that a waiver may cover. Never waivable: yaml-syntax, schema, exception-invalid, signoff-required, signoff-verified, breaking-change, notes-missing, notes-mismatch.',
      type: 'string',
      enum: [
        'version-bump',
        'signoff-stale',
        'blackout-window',
        'lead-time',
        'release-conflict',
        'rollback-plan',
        'deployment-strategy',
        'notes-section',
        'notes-placeholder',
        'customer-communication',
      ],
      examples: ['blackout-window'],
    },
    adjustableRuleId: {
      title: 'the id of a rule whose severity can be changed',
      description:
        'A rule id from the catalogue other than yaml-syntax and schema, which always stop the check.',
      type: 'string',
      enum: [
        'version-bump',
        'signoff-required',
        'signoff-stale',
        'signoff-verified',
        'blackout-window',
        'lead-time',
        'release-conflict',
        'rollback-plan',
        'deployment-strategy',
        'notes-missing',
        'notes-section',
        'notes-placeholder',
        'notes-mismatch',
        'breaking-change',
        'customer-communication',
        'exception-invalid',
      ],
      examples: ['release-conflict'],
    },
    requiredCheck: {
      title:
        'a named check (communication-plan, support-briefed, accessibility-tested, rollback-tested or migration-steps)',
      description:
        'communication-plan: release.yml names `communication.customer_plan` (customer-communication). support-briefed: `communication.support_briefed` is true (customer-communication). accessibility-tested: `verification.accessibility_tested` is true (signoff-required, with the UX sign-off). rollback-tested: `rollback.plan` exists and `rollback.tested` is true (rollback-plan). migration-steps: the notes list each breaking change and their Migration Steps section has steps (breaking-change).',
      type: 'string',
      enum: [
        'communication-plan',
        'support-briefed',
        'accessibility-tested',
        'rollback-tested',
        'migration-steps',
      ],
      examples: ['communication-plan'],
    },
    role: {
      title: 'Role',
      description: 'One role: who it is, what it does, the other names it goes by, and who may sign for it.',
      type: 'object',
      additionalProperties: false,
      properties: {
        title: {
          $ref: '#/$defs/text',
          title: 'Title',
          description: 'The role\u2019s name as people say it.',
          examples: ['QA Lead', 'DevOps/SRE'],
        },
        description: {
          $ref: '#/$defs/text',
          title: 'Description',
          description: 'What the role is for, in a sentence.',
          examples: ['Owns release quality and signs off on test completion.'],
        },
        responsibilities: {
          title: 'Responsibilities',
          description: 'What the role does in a release, from the guide.',
          type: 'array',
          items: { $ref: '#/$defs/text' },
          examples: [['Signs off on test completion', 'Coordinates final acceptance testing']],
        },
        aliases: {
          title: 'Aliases',
          description:
            'Other ids a sign-off may use for this role (product-manager \u2192 product-owner). An alias must not be another role\u2019s id or alias.',
          type: 'array',
          items: { $ref: '#/$defs/roleId' },
          uniqueItems: true,
          examples: [['qa', 'qa-engineer']],
        },
        users: {
          title: 'Users',
          description:
            'GitHub handles of the people who may sign for this role. With a token, `signoff-verified` accepts a sign-off by one of them (or a member of `teams`).',
          type: 'array',
          items: { $ref: '#/$defs/githubUser' },
          uniqueItems: true,
          examples: [['@bob', '@carol']],
        },
        teams: {
          title: 'Teams',
          description: 'GitHub teams whose members may sign for this role.',
          type: 'array',
          items: { $ref: '#/$defs/githubTeam' },
          uniqueItems: true,
          examples: [['@octoacme/qa']],
        },
      },
      examples: [{ title: 'QA Lead', aliases: ['qa'], teams: ['@octoacme/qa'] }],
    },
    releaseTypePolicy: {
      title: 'Release type requirements',
      description: 'What one release type requires, and the guide\u2019s description of it.',
      type: 'object',
      additionalProperties: false,
      properties: {
        title: {
          $ref: '#/$defs/text',
          title: 'Title',
          description: 'The type\u2019s name on the site.',
          examples: ['Minor Release'],
        },
        description: {
          $ref: '#/$defs/text',
          title: 'Purpose',
          description: 'What releases of this type are for (the guide\u2019s \u201CPurpose\u201D).',
          examples: ['Incremental features and improvements'],
        },
        example: {
          $ref: '#/$defs/text',
          title: 'Version example',
          description: 'A version change of this type, as the guide writes it.',
          examples: ['1.2.0 \u2192 1.3.0'],
        },
        scope: {
          $ref: '#/$defs/text',
          title: 'Scope',
          description: 'What a release of this type may contain (the guide\u2019s \u201CScope\u201D).',
          examples: ['New functionality, enhancements, non-breaking changes'],
        },
        timeline: {
          $ref: '#/$defs/text',
          title: 'Timeline',
          description: 'How releases of this type are scheduled (the guide\u2019s \u201CTimeline\u201D).',
          examples: ['Regular cadence (e.g., bi-weekly, monthly)'],
        },
        testing: {
          $ref: '#/$defs/text',
          title: 'Testing',
          description: 'The testing the guide expects (the guide\u2019s \u201CTesting\u201D).',
          examples: ['Full test suite, integration tests, user acceptance testing'],
        },
        approval: {
          $ref: '#/$defs/text',
          title: 'Approval',
          description:
            'The approval the guide asks for, in its words (the guide\u2019s \u201CApproval\u201D); `signoffs` enforces it.',
          examples: ['Full release readiness review'],
        },
        risk: {
          $ref: '#/$defs/text',
          title: 'Risk',
          description: 'The risk profile of this type (the guide\u2019s \u201CRisk\u201D).',
          examples: ['Moderate - new features introduce some uncertainty'],
        },
        typical_changes: {
          title: 'Examples',
          description: 'Typical releases of this type (the guide\u2019s \u201CExamples\u201D).',
          type: 'array',
          items: { $ref: '#/$defs/text' },
          examples: [['New feature', 'UI improvements', 'Performance optimizations']],
        },
        signoffs: {
          title: 'Required sign-offs',
          description:
            'The roles that must sign off every release of this type (`signoff-required`). Kinds of change add more.',
          type: 'array',
          items: { $ref: '#/$defs/roleId' },
          uniqueItems: true,
          examples: [['qa-lead', 'tech-lead', 'product-owner', 'release-manager', 'devops']],
        },
        notes: {
          $ref: '#/$defs/slug',
          title: 'Notes template',
          description:
            'The id of the notes template (under `notes.templates`) that releases of this type use.',
          examples: ['standard', 'hotfix'],
        },
        lead_time: {
          title: 'Lead times',
          description:
            'Minimum days between a milestone in release.yml and the release `date` (`lead-time`). A lead time given here makes its milestone required.',
          type: 'object',
          additionalProperties: false,
          properties: {
            planned_days: {
              title: 'Planning lead time (days)',
              description: '`milestones.planning` must be at least this many days before `date`.',
              type: 'integer',
              minimum: 0,
              maximum: 730,
              examples: [56],
            },
            feature_freeze_days: {
              title: 'Feature freeze lead time (days)',
              description: '`milestones.feature_freeze` must be at least this many days before `date`.',
              type: 'integer',
              minimum: 0,
              maximum: 730,
              examples: [28],
            },
            code_freeze_days: {
              title: 'Code freeze lead time (days)',
              description: '`milestones.code_freeze` must be at least this many days before `date`.',
              type: 'integer',
              minimum: 0,
              maximum: 730,
              examples: [14],
            },
          },
          examples: [{ feature_freeze_days: 28, code_freeze_days: 14 }],
        },
        rollback: {
          title: 'Rollback requirements',
          description: 'What `rollback-plan` asks of releases of this type.',
          type: 'object',
          additionalProperties: false,
          properties: {
            required: {
              title: 'Plan required',
              description: 'release.yml must name a rollback plan (`rollback.plan`) that exists.',
              type: 'boolean',
              examples: [true],
            },
            tested: {
              title: 'Tested rollback required',
              description: 'The rollback must have been tested (`rollback.tested: true`).',
              type: 'boolean',
              examples: [true],
            },
          },
          examples: [{ required: true, tested: true }],
        },
        strategies: {
          title: 'Allowed strategies',
          description:
            'The deployment strategies releases of this type may use; release.yml must then name one in `strategy`. Leave out to allow any.',
          type: 'array',
          items: { $ref: '#/$defs/strategy' },
          minItems: 1,
          uniqueItems: true,
          examples: [['canary', 'blue-green', 'rolling']],
        },
        breaking_changes: {
          title: 'Breaking changes',
          description:
            'Whether releases of this type may break compatibility (`breaking-change`): forbidden (an error when `changes.breaking` is true or the notes list one), must-document (each must be listed in the notes with migration steps) or allowed.',
          type: 'string',
          enum: ['allowed', 'forbidden', 'must-document'],
          examples: ['forbidden'],
        },
      },
      examples: [
        {
          title: 'Patch Release',
          signoffs: ['tech-lead', 'product-owner'],
          notes: 'hotfix',
          rollback: { required: true, tested: false },
          breaking_changes: 'forbidden',
        },
      ],
    },
    changeRequirement: {
      title: 'Change requirements',
      description: 'The sign-offs and checks that one kind of change adds.',
      type: 'object',
      additionalProperties: false,
      properties: {
        title: {
          $ref: '#/$defs/text',
          title: 'Title',
          description: 'The kind of change as the site names it.',
          examples: ['UI changes'],
        },
        description: {
          $ref: '#/$defs/text',
          title: 'Description',
          description: 'Why the guide asks for these requirements.',
          examples: ['The guide requires accessibility testing for UI changes.'],
        },
        signoffs: {
          title: 'Additional sign-offs',
          description: 'Roles that must also sign off (`signoff-required`).',
          type: 'array',
          items: { $ref: '#/$defs/roleId' },
          uniqueItems: true,
          examples: [['ux']],
        },
        requires: {
          title: 'Required checks',
          description:
            'Named checks release.yml and the notes must pass: communication-plan, support-briefed, accessibility-tested, rollback-tested, migration-steps.',
          type: 'array',
          items: { $ref: '#/$defs/requiredCheck' },
          uniqueItems: true,
          examples: [['communication-plan', 'support-briefed']],
        },
      },
      examples: [{ title: 'UI changes', signoffs: ['ux'], requires: ['accessibility-tested'] }],
    },
    notesTemplate: {
      title: 'Notes template',
      description: 'A release notes template: the Markdown file and the sections finished notes must have.',
      type: 'object',
      additionalProperties: false,
      properties: {
        title: {
          $ref: '#/$defs/text',
          title: 'Title',
          description: 'The template\u2019s name on the site.',
          examples: ['Standard release notes'],
        },
        description: {
          $ref: '#/$defs/text',
          title: 'Description',
          description: 'When to use this template.',
          examples: ['For minor and major releases.'],
        },
        file: {
          $ref: '#/$defs/relativePath',
          title: 'File',
          description:
            'The template\u2019s Markdown file, relative to this policy file. `notes-placeholder` takes the bracketed placeholders ([Feature Name], [Date], \u2026) from it.',
          examples: ['../../templates/release-notes.md'],
        },
        required_sections: {
          title: 'Required sections',
          description:
            'Headings the notes must have, each with content under it (`notes-section`). Matched loosely: case, punctuation and emoji do not count.',
          type: 'array',
          items: { $ref: '#/$defs/text' },
          uniqueItems: true,
          examples: [['Summary', 'Fixed Issues', 'Recommendation', 'Verification']],
        },
        title_pattern: {
          title: 'Title pattern',
          description:
            'A JavaScript regular expression that the notes\u2019 first level-1 heading must match (`notes-mismatch`). Named groups `version` and `date`, when present, are compared with release.yml\u2019s `version` and `date`.',
          type: 'string',
          format: 'regex',
          maxLength: 500,
          examples: ['^(?<product>.+?) Hotfix v?(?<version>\\S+) - (?<date>.+)$'],
        },
      },
      examples: [
        {
          title: 'Hotfix release notes',
          file: '../../templates/hotfix-notes.md',
          required_sections: ['Summary', 'Fixed Issues', 'Recommendation', 'Verification'],
        },
      ],
    },
    severityLevel: {
      title: 'Severity level',
      description: 'One incident severity level: its name, what it looks like and the response it gets.',
      type: 'object',
      additionalProperties: false,
      properties: {
        title: {
          $ref: '#/$defs/text',
          title: 'Title',
          description: 'The level\u2019s name.',
          examples: ['Critical'],
        },
        description: {
          title: 'Signs',
          description: 'What an incident of this level looks like, one sign per item.',
          type: 'array',
          items: { $ref: '#/$defs/text' },
          examples: [
            ['Production completely down or severely degraded', 'Data loss or corruption', 'Security breach'],
          ],
        },
        response: {
          $ref: '#/$defs/text',
          title: 'Response',
          description: 'What the team does at this level.',
          examples: ['Immediate rollback, all hands on deck, executive notification'],
        },
      },
      examples: [
        {
          title: 'Low',
          description: ['Minor issues, cosmetic problems'],
          response: 'Log and fix in next release',
        },
      ],
    },
    waiverGrant: {
      title: 'Waiver grant',
      description: 'Who may approve waivers of one rule.',
      type: 'object',
      additionalProperties: false,
      required: ['granted_by'],
      properties: {
        granted_by: {
          title: 'Granted by',
          description: 'The roles whose holders may approve a waiver of this rule.',
          type: 'array',
          items: { $ref: '#/$defs/roleId' },
          uniqueItems: true,
          examples: [['release-manager', 'executive']],
          minItems: 1,
        },
      },
      examples: [{ granted_by: ['release-manager'] }],
    },
  },
  examples: [
    {
      extends: 'octoacme',
      name: 'payments',
      title: 'Payments team release policy',
      description:
        'OctoAcme\u2019s policy, with the payments team\u2019s signers and conflicts treated as errors.',
      roles: {
        'qa-lead': { users: ['@bob'], teams: ['@octoacme/payments-qa'] },
        'tech-lead': { users: ['@carol'] },
      },
      severity: { 'release-conflict': 'error' },
    },
  ],
};
var schema67 = {
  title: 'a lowercase slug (letters, digits and single hyphens)',
  description: 'Lowercase letters and digits, words joined by single hyphens, at most 64 characters.',
  type: 'string',
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  maxLength: 64,
  examples: ['payments-api', 'ledger', 'checkout-web'],
};
var schema68 = {
  title: 'a text with at least one character that is not a space',
  description: 'Free text; it must not be empty or only whitespace.',
  type: 'string',
  pattern: '\\S',
  maxLength: 2e3,
  examples: ['SEV1 fix for INC-4821'],
};
var schema70 = {
  title: 'a built-in policy name (like octoacme) or a relative path starting with ./ or ../',
  description:
    'A lowercase slug names a policy shipped with release-policy; anything else must be a relative path to a YAML file that starts with ./ or ../.',
  type: 'string',
  pattern: '^(?:[a-z0-9]+(?:-[a-z0-9]+)*|\\.\\.?/[^\\\\\\r\\n]+\\.ya?ml)$',
  maxLength: 1024,
  examples: ['octoacme', './base-policy.yml'],
};
var schema71 = {
  title: 'a role id (lowercase words joined by hyphens, like "qa-lead")',
  description:
    'The id of a role defined under `roles` in the policy, such as release-manager, qa-lead or tech-lead. Written in lowercase with hyphens; the policy loader checks that the role exists.',
  type: 'string',
  pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
  maxLength: 64,
  examples: ['release-manager', 'qa-lead'],
};
var schema108 = {
  title: 'an incident severity',
  description:
    'SEV1 (critical), SEV2 (high), SEV3 (medium) or SEV4 (low), from the guide\u2019s incident severity levels.',
  type: 'string',
  enum: ['SEV1', 'SEV2', 'SEV3', 'SEV4'],
  examples: ['SEV1'],
};
var schema109 = {
  title: 'the id of a rule that can be waived',
  description:
    'A rule id from the catalogue that a waiver may cover. Never waivable: yaml-syntax, schema, exception-invalid, signoff-required, signoff-verified, breaking-change, notes-missing, notes-mismatch.',
  type: 'string',
  enum: [
    'version-bump',
    'signoff-stale',
    'blackout-window',
    'lead-time',
    'release-conflict',
    'rollback-plan',
    'deployment-strategy',
    'notes-section',
    'notes-placeholder',
    'customer-communication',
  ],
  examples: ['blackout-window'],
};
var schema112 = {
  title: 'the id of a rule whose severity can be changed',
  description: 'A rule id from the catalogue other than yaml-syntax and schema, which always stop the check.',
  type: 'string',
  enum: [
    'version-bump',
    'signoff-required',
    'signoff-stale',
    'signoff-verified',
    'blackout-window',
    'lead-time',
    'release-conflict',
    'rollback-plan',
    'deployment-strategy',
    'notes-missing',
    'notes-section',
    'notes-placeholder',
    'notes-mismatch',
    'breaking-change',
    'customer-communication',
    'exception-invalid',
  ],
  examples: ['release-conflict'],
};
var schema101 = {
  title: 'a relative path with "/" separators (like docs/releases/2.4.0.md)',
  description:
    'Relative to the folder of the file that names it, with / separators. Not absolute (/\u2026, C:\u2026, ~\u2026) and not a URL. It may climb with ../ but must stay inside the repository, which the checker verifies.',
  type: 'string',
  pattern: '^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$',
  maxLength: 1024,
  examples: ['docs/releases/2.4.0.md', '../../templates/release-notes.md'],
};
var pattern39 = new RegExp('^(?:[a-z0-9]+(?:-[a-z0-9]+)*|\\.\\.?/[^\\\\\\r\\n]+\\.ya?ml)$', 'u');
var schema72 = {
  title: 'Role',
  description: 'One role: who it is, what it does, the other names it goes by, and who may sign for it.',
  type: 'object',
  additionalProperties: false,
  properties: {
    title: {
      $ref: '#/$defs/text',
      title: 'Title',
      description: 'The role\u2019s name as people say it.',
      examples: ['QA Lead', 'DevOps/SRE'],
    },
    description: {
      $ref: '#/$defs/text',
      title: 'Description',
      description: 'What the role is for, in a sentence.',
      examples: ['Owns release quality and signs off on test completion.'],
    },
    responsibilities: {
      title: 'Responsibilities',
      description: 'What the role does in a release, from the guide.',
      type: 'array',
      items: { $ref: '#/$defs/text' },
      examples: [['Signs off on test completion', 'Coordinates final acceptance testing']],
    },
    aliases: {
      title: 'Aliases',
      description:
        'Other ids a sign-off may use for this role (product-manager \u2192 product-owner). An alias must not be another role\u2019s id or alias.',
      type: 'array',
      items: { $ref: '#/$defs/roleId' },
      uniqueItems: true,
      examples: [['qa', 'qa-engineer']],
    },
    users: {
      title: 'Users',
      description:
        'GitHub handles of the people who may sign for this role. With a token, `signoff-verified` accepts a sign-off by one of them (or a member of `teams`).',
      type: 'array',
      items: { $ref: '#/$defs/githubUser' },
      uniqueItems: true,
      examples: [['@bob', '@carol']],
    },
    teams: {
      title: 'Teams',
      description: 'GitHub teams whose members may sign for this role.',
      type: 'array',
      items: { $ref: '#/$defs/githubTeam' },
      uniqueItems: true,
      examples: [['@octoacme/qa']],
    },
  },
  examples: [{ title: 'QA Lead', aliases: ['qa'], teams: ['@octoacme/qa'] }],
};
var schema77 = {
  title: 'a GitHub handle (like "@dana")',
  description: 'An @ then a GitHub login: letters, digits and single inner hyphens, at most 39 characters.',
  type: 'string',
  pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
  maxLength: 40,
  examples: ['@dana', '@carol-ops'],
};
var schema78 = {
  title: 'a GitHub team (like "@octoacme/release-managers")',
  description: 'An @, the organization login, a slash and the team slug.',
  type: 'string',
  pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9][A-Za-z0-9_-]*$',
  maxLength: 150,
  examples: ['@octoacme/release-managers', '@octoacme/qa'],
};
var pattern46 = new RegExp('^@[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9][A-Za-z0-9_-]*$', 'u');
function validate28(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === 'title' ||
        key0 === 'description' ||
        key0 === 'responsibilities' ||
        key0 === 'aliases' ||
        key0 === 'users' ||
        key0 === 'teams'
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema72,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data0 = data.title;
      if (typeof data0 === 'string') {
        if (func2(data0) > 2e3) {
          const err1 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema68,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern27.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema68,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/title',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema68.type,
          parentSchema: schema68,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 === 'string') {
        if (func2(data1) > 2e3) {
          const err4 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema68,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern27.test(data1)) {
          const err5 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema68,
            data: data1,
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
          instancePath: instancePath + '/description',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema68.type,
          parentSchema: schema68,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.responsibilities !== void 0) {
      let data2 = data.responsibilities;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === 'string') {
            if (func2(data3) > 2e3) {
              const err7 = {
                instancePath: instancePath + '/responsibilities/' + i0,
                schemaPath: '#/$defs/text/maxLength',
                keyword: 'maxLength',
                params: { limit: 2e3 },
                message: 'must NOT have more than 2000 characters',
                schema: 2e3,
                parentSchema: schema68,
                data: data3,
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (!pattern27.test(data3)) {
              const err8 = {
                instancePath: instancePath + '/responsibilities/' + i0,
                schemaPath: '#/$defs/text/pattern',
                keyword: 'pattern',
                params: { pattern: '\\S' },
                message: 'must match pattern "\\S"',
                schema: '\\S',
                parentSchema: schema68,
                data: data3,
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = {
              instancePath: instancePath + '/responsibilities/' + i0,
              schemaPath: '#/$defs/text/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema68.type,
              parentSchema: schema68,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/responsibilities',
          schemaPath: '#/properties/responsibilities/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema72.properties.responsibilities.type,
          parentSchema: schema72.properties.responsibilities,
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
    if (data.aliases !== void 0) {
      let data4 = data.aliases;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data5 = data4[i1];
          if (typeof data5 === 'string') {
            if (func2(data5) > 64) {
              const err11 = {
                instancePath: instancePath + '/aliases/' + i1,
                schemaPath: '#/$defs/roleId/maxLength',
                keyword: 'maxLength',
                params: { limit: 64 },
                message: 'must NOT have more than 64 characters',
                schema: 64,
                parentSchema: schema71,
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (!pattern28.test(data5)) {
              const err12 = {
                instancePath: instancePath + '/aliases/' + i1,
                schemaPath: '#/$defs/roleId/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$' },
                message: 'must match pattern "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"',
                schema: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
                parentSchema: schema71,
                data: data5,
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
              instancePath: instancePath + '/aliases/' + i1,
              schemaPath: '#/$defs/roleId/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema71.type,
              parentSchema: schema71,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        let i2 = data4.length;
        let j0;
        if (i2 > 1) {
          outer0: for (; i2--;) {
            for (j0 = i2; j0--;) {
              if (func0(data4[i2], data4[j0])) {
                const err14 = {
                  instancePath: instancePath + '/aliases',
                  schemaPath: '#/properties/aliases/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i2, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i2 + ' are identical)',
                  schema: true,
                  parentSchema: schema72.properties.aliases,
                  data: data4,
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/aliases',
          schemaPath: '#/properties/aliases/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema72.properties.aliases.type,
          parentSchema: schema72.properties.aliases,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.users !== void 0) {
      let data6 = data.users;
      if (Array.isArray(data6)) {
        const len2 = data6.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data7 = data6[i3];
          if (typeof data7 === 'string') {
            if (func2(data7) > 40) {
              const err16 = {
                instancePath: instancePath + '/users/' + i3,
                schemaPath: '#/$defs/githubUser/maxLength',
                keyword: 'maxLength',
                params: { limit: 40 },
                message: 'must NOT have more than 40 characters',
                schema: 40,
                parentSchema: schema77,
                data: data7,
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (!pattern10.test(data7)) {
              const err17 = {
                instancePath: instancePath + '/users/' + i3,
                schemaPath: '#/$defs/githubUser/pattern',
                keyword: 'pattern',
                params: { pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$' },
                message: 'must match pattern "^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$"',
                schema: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
                parentSchema: schema77,
                data: data7,
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = {
              instancePath: instancePath + '/users/' + i3,
              schemaPath: '#/$defs/githubUser/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema77.type,
              parentSchema: schema77,
              data: data7,
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        let i4 = data6.length;
        let j1;
        if (i4 > 1) {
          outer1: for (; i4--;) {
            for (j1 = i4; j1--;) {
              if (func0(data6[i4], data6[j1])) {
                const err19 = {
                  instancePath: instancePath + '/users',
                  schemaPath: '#/properties/users/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i4, j: j1 },
                  message: 'must NOT have duplicate items (items ## ' + j1 + ' and ' + i4 + ' are identical)',
                  schema: true,
                  parentSchema: schema72.properties.users,
                  data: data6,
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err20 = {
          instancePath: instancePath + '/users',
          schemaPath: '#/properties/users/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema72.properties.users.type,
          parentSchema: schema72.properties.users,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.teams !== void 0) {
      let data8 = data.teams;
      if (Array.isArray(data8)) {
        const len3 = data8.length;
        for (let i5 = 0; i5 < len3; i5++) {
          let data9 = data8[i5];
          if (typeof data9 === 'string') {
            if (func2(data9) > 150) {
              const err21 = {
                instancePath: instancePath + '/teams/' + i5,
                schemaPath: '#/$defs/githubTeam/maxLength',
                keyword: 'maxLength',
                params: { limit: 150 },
                message: 'must NOT have more than 150 characters',
                schema: 150,
                parentSchema: schema78,
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (!pattern46.test(data9)) {
              const err22 = {
                instancePath: instancePath + '/teams/' + i5,
                schemaPath: '#/$defs/githubTeam/pattern',
                keyword: 'pattern',
                params: { pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9][A-Za-z0-9_-]*$' },
                message: 'must match pattern "^@[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9][A-Za-z0-9_-]*$"',
                schema: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9][A-Za-z0-9_-]*$',
                parentSchema: schema78,
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = {
              instancePath: instancePath + '/teams/' + i5,
              schemaPath: '#/$defs/githubTeam/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema78.type,
              parentSchema: schema78,
              data: data9,
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        let i6 = data8.length;
        let j2;
        if (i6 > 1) {
          outer2: for (; i6--;) {
            for (j2 = i6; j2--;) {
              if (func0(data8[i6], data8[j2])) {
                const err24 = {
                  instancePath: instancePath + '/teams',
                  schemaPath: '#/properties/teams/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i6, j: j2 },
                  message: 'must NOT have duplicate items (items ## ' + j2 + ' and ' + i6 + ' are identical)',
                  schema: true,
                  parentSchema: schema72.properties.teams,
                  data: data8,
                };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
                break outer2;
              }
            }
          }
        }
      } else {
        const err25 = {
          instancePath: instancePath + '/teams',
          schemaPath: '#/properties/teams/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema72.properties.teams.type,
          parentSchema: schema72.properties.teams,
          data: data8,
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
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema72.type,
      parentSchema: schema72,
      data,
    };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema79 = {
  title: 'Release type requirements',
  description: 'What one release type requires, and the guide\u2019s description of it.',
  type: 'object',
  additionalProperties: false,
  properties: {
    title: {
      $ref: '#/$defs/text',
      title: 'Title',
      description: 'The type\u2019s name on the site.',
      examples: ['Minor Release'],
    },
    description: {
      $ref: '#/$defs/text',
      title: 'Purpose',
      description: 'What releases of this type are for (the guide\u2019s \u201CPurpose\u201D).',
      examples: ['Incremental features and improvements'],
    },
    example: {
      $ref: '#/$defs/text',
      title: 'Version example',
      description: 'A version change of this type, as the guide writes it.',
      examples: ['1.2.0 \u2192 1.3.0'],
    },
    scope: {
      $ref: '#/$defs/text',
      title: 'Scope',
      description: 'What a release of this type may contain (the guide\u2019s \u201CScope\u201D).',
      examples: ['New functionality, enhancements, non-breaking changes'],
    },
    timeline: {
      $ref: '#/$defs/text',
      title: 'Timeline',
      description: 'How releases of this type are scheduled (the guide\u2019s \u201CTimeline\u201D).',
      examples: ['Regular cadence (e.g., bi-weekly, monthly)'],
    },
    testing: {
      $ref: '#/$defs/text',
      title: 'Testing',
      description: 'The testing the guide expects (the guide\u2019s \u201CTesting\u201D).',
      examples: ['Full test suite, integration tests, user acceptance testing'],
    },
    approval: {
      $ref: '#/$defs/text',
      title: 'Approval',
      description:
        'The approval the guide asks for, in its words (the guide\u2019s \u201CApproval\u201D); `signoffs` enforces it.',
      examples: ['Full release readiness review'],
    },
    risk: {
      $ref: '#/$defs/text',
      title: 'Risk',
      description: 'The risk profile of this type (the guide\u2019s \u201CRisk\u201D).',
      examples: ['Moderate - new features introduce some uncertainty'],
    },
    typical_changes: {
      title: 'Examples',
      description: 'Typical releases of this type (the guide\u2019s \u201CExamples\u201D).',
      type: 'array',
      items: { $ref: '#/$defs/text' },
      examples: [['New feature', 'UI improvements', 'Performance optimizations']],
    },
    signoffs: {
      title: 'Required sign-offs',
      description:
        'The roles that must sign off every release of this type (`signoff-required`). Kinds of change add more.',
      type: 'array',
      items: { $ref: '#/$defs/roleId' },
      uniqueItems: true,
      examples: [['qa-lead', 'tech-lead', 'product-owner', 'release-manager', 'devops']],
    },
    notes: {
      $ref: '#/$defs/slug',
      title: 'Notes template',
      description: 'The id of the notes template (under `notes.templates`) that releases of this type use.',
      examples: ['standard', 'hotfix'],
    },
    lead_time: {
      title: 'Lead times',
      description:
        'Minimum days between a milestone in release.yml and the release `date` (`lead-time`). A lead time given here makes its milestone required.',
      type: 'object',
      additionalProperties: false,
      properties: {
        planned_days: {
          title: 'Planning lead time (days)',
          description: '`milestones.planning` must be at least this many days before `date`.',
          type: 'integer',
          minimum: 0,
          maximum: 730,
          examples: [56],
        },
        feature_freeze_days: {
          title: 'Feature freeze lead time (days)',
          description: '`milestones.feature_freeze` must be at least this many days before `date`.',
          type: 'integer',
          minimum: 0,
          maximum: 730,
          examples: [28],
        },
        code_freeze_days: {
          title: 'Code freeze lead time (days)',
          description: '`milestones.code_freeze` must be at least this many days before `date`.',
          type: 'integer',
          minimum: 0,
          maximum: 730,
          examples: [14],
        },
      },
      examples: [{ feature_freeze_days: 28, code_freeze_days: 14 }],
    },
    rollback: {
      title: 'Rollback requirements',
      description: 'What `rollback-plan` asks of releases of this type.',
      type: 'object',
      additionalProperties: false,
      properties: {
        required: {
          title: 'Plan required',
          description: 'release.yml must name a rollback plan (`rollback.plan`) that exists.',
          type: 'boolean',
          examples: [true],
        },
        tested: {
          title: 'Tested rollback required',
          description: 'The rollback must have been tested (`rollback.tested: true`).',
          type: 'boolean',
          examples: [true],
        },
      },
      examples: [{ required: true, tested: true }],
    },
    strategies: {
      title: 'Allowed strategies',
      description:
        'The deployment strategies releases of this type may use; release.yml must then name one in `strategy`. Leave out to allow any.',
      type: 'array',
      items: { $ref: '#/$defs/strategy' },
      minItems: 1,
      uniqueItems: true,
      examples: [['canary', 'blue-green', 'rolling']],
    },
    breaking_changes: {
      title: 'Breaking changes',
      description:
        'Whether releases of this type may break compatibility (`breaking-change`): forbidden (an error when `changes.breaking` is true or the notes list one), must-document (each must be listed in the notes with migration steps) or allowed.',
      type: 'string',
      enum: ['allowed', 'forbidden', 'must-document'],
      examples: ['forbidden'],
    },
  },
  examples: [
    {
      title: 'Patch Release',
      signoffs: ['tech-lead', 'product-owner'],
      notes: 'hotfix',
      rollback: { required: true, tested: false },
      breaking_changes: 'forbidden',
    },
  ],
};
var schema91 = {
  title: 'a deployment strategy',
  description:
    'One of the guide\u2019s deployment strategies: blue-green, canary, rolling, feature-flags or maintenance-window.',
  type: 'string',
  enum: ['blue-green', 'canary', 'rolling', 'feature-flags', 'maintenance-window'],
  examples: ['canary'],
};
function validate30(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema79.properties, key0)) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema79,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data0 = data.title;
      if (typeof data0 === 'string') {
        if (func2(data0) > 2e3) {
          const err1 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema68,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern27.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema68,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/title',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema68.type,
          parentSchema: schema68,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 === 'string') {
        if (func2(data1) > 2e3) {
          const err4 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema68,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern27.test(data1)) {
          const err5 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema68,
            data: data1,
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
          instancePath: instancePath + '/description',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema68.type,
          parentSchema: schema68,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.example !== void 0) {
      let data2 = data.example;
      if (typeof data2 === 'string') {
        if (func2(data2) > 2e3) {
          const err7 = {
            instancePath: instancePath + '/example',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema68,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern27.test(data2)) {
          const err8 = {
            instancePath: instancePath + '/example',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema68,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/example',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema68.type,
          parentSchema: schema68,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.scope !== void 0) {
      let data3 = data.scope;
      if (typeof data3 === 'string') {
        if (func2(data3) > 2e3) {
          const err10 = {
            instancePath: instancePath + '/scope',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema68,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern27.test(data3)) {
          const err11 = {
            instancePath: instancePath + '/scope',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema68,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/scope',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema68.type,
          parentSchema: schema68,
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
    if (data.timeline !== void 0) {
      let data4 = data.timeline;
      if (typeof data4 === 'string') {
        if (func2(data4) > 2e3) {
          const err13 = {
            instancePath: instancePath + '/timeline',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema68,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern27.test(data4)) {
          const err14 = {
            instancePath: instancePath + '/timeline',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema68,
            data: data4,
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
          instancePath: instancePath + '/timeline',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema68.type,
          parentSchema: schema68,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.testing !== void 0) {
      let data5 = data.testing;
      if (typeof data5 === 'string') {
        if (func2(data5) > 2e3) {
          const err16 = {
            instancePath: instancePath + '/testing',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema68,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern27.test(data5)) {
          const err17 = {
            instancePath: instancePath + '/testing',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema68,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/testing',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema68.type,
          parentSchema: schema68,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.approval !== void 0) {
      let data6 = data.approval;
      if (typeof data6 === 'string') {
        if (func2(data6) > 2e3) {
          const err19 = {
            instancePath: instancePath + '/approval',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema68,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!pattern27.test(data6)) {
          const err20 = {
            instancePath: instancePath + '/approval',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema68,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/approval',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema68.type,
          parentSchema: schema68,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.risk !== void 0) {
      let data7 = data.risk;
      if (typeof data7 === 'string') {
        if (func2(data7) > 2e3) {
          const err22 = {
            instancePath: instancePath + '/risk',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema68,
            data: data7,
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (!pattern27.test(data7)) {
          const err23 = {
            instancePath: instancePath + '/risk',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema68,
            data: data7,
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = {
          instancePath: instancePath + '/risk',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema68.type,
          parentSchema: schema68,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.typical_changes !== void 0) {
      let data8 = data.typical_changes;
      if (Array.isArray(data8)) {
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          if (typeof data9 === 'string') {
            if (func2(data9) > 2e3) {
              const err25 = {
                instancePath: instancePath + '/typical_changes/' + i0,
                schemaPath: '#/$defs/text/maxLength',
                keyword: 'maxLength',
                params: { limit: 2e3 },
                message: 'must NOT have more than 2000 characters',
                schema: 2e3,
                parentSchema: schema68,
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (!pattern27.test(data9)) {
              const err26 = {
                instancePath: instancePath + '/typical_changes/' + i0,
                schemaPath: '#/$defs/text/pattern',
                keyword: 'pattern',
                params: { pattern: '\\S' },
                message: 'must match pattern "\\S"',
                schema: '\\S',
                parentSchema: schema68,
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = {
              instancePath: instancePath + '/typical_changes/' + i0,
              schemaPath: '#/$defs/text/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema68.type,
              parentSchema: schema68,
              data: data9,
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = {
          instancePath: instancePath + '/typical_changes',
          schemaPath: '#/properties/typical_changes/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema79.properties.typical_changes.type,
          parentSchema: schema79.properties.typical_changes,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.signoffs !== void 0) {
      let data10 = data.signoffs;
      if (Array.isArray(data10)) {
        const len1 = data10.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data11 = data10[i1];
          if (typeof data11 === 'string') {
            if (func2(data11) > 64) {
              const err29 = {
                instancePath: instancePath + '/signoffs/' + i1,
                schemaPath: '#/$defs/roleId/maxLength',
                keyword: 'maxLength',
                params: { limit: 64 },
                message: 'must NOT have more than 64 characters',
                schema: 64,
                parentSchema: schema71,
                data: data11,
              };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (!pattern28.test(data11)) {
              const err30 = {
                instancePath: instancePath + '/signoffs/' + i1,
                schemaPath: '#/$defs/roleId/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$' },
                message: 'must match pattern "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"',
                schema: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
                parentSchema: schema71,
                data: data11,
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = {
              instancePath: instancePath + '/signoffs/' + i1,
              schemaPath: '#/$defs/roleId/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema71.type,
              parentSchema: schema71,
              data: data11,
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        let i2 = data10.length;
        let j0;
        if (i2 > 1) {
          outer0: for (; i2--;) {
            for (j0 = i2; j0--;) {
              if (func0(data10[i2], data10[j0])) {
                const err32 = {
                  instancePath: instancePath + '/signoffs',
                  schemaPath: '#/properties/signoffs/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i2, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i2 + ' are identical)',
                  schema: true,
                  parentSchema: schema79.properties.signoffs,
                  data: data10,
                };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err33 = {
          instancePath: instancePath + '/signoffs',
          schemaPath: '#/properties/signoffs/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema79.properties.signoffs.type,
          parentSchema: schema79.properties.signoffs,
          data: data10,
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data12 = data.notes;
      if (typeof data12 === 'string') {
        if (func2(data12) > 64) {
          const err34 = {
            instancePath: instancePath + '/notes',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema67,
            data: data12,
          };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (!pattern4.test(data12)) {
          const err35 = {
            instancePath: instancePath + '/notes',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema67,
            data: data12,
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      } else {
        const err36 = {
          instancePath: instancePath + '/notes',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema67.type,
          parentSchema: schema67,
          data: data12,
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.lead_time !== void 0) {
      let data13 = data.lead_time;
      if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
        for (const key1 in data13) {
          if (!(key1 === 'planned_days' || key1 === 'feature_freeze_days' || key1 === 'code_freeze_days')) {
            const err37 = {
              instancePath: instancePath + '/lead_time',
              schemaPath: '#/properties/lead_time/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema79.properties.lead_time,
              data: data13,
            };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data13.planned_days !== void 0) {
          let data14 = data13.planned_days;
          if (!(typeof data14 == 'number' && !(data14 % 1) && !isNaN(data14) && isFinite(data14))) {
            const err38 = {
              instancePath: instancePath + '/lead_time/planned_days',
              schemaPath: '#/properties/lead_time/properties/planned_days/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema79.properties.lead_time.properties.planned_days.type,
              parentSchema: schema79.properties.lead_time.properties.planned_days,
              data: data14,
            };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (typeof data14 == 'number' && isFinite(data14)) {
            if (data14 > 730 || isNaN(data14)) {
              const err39 = {
                instancePath: instancePath + '/lead_time/planned_days',
                schemaPath: '#/properties/lead_time/properties/planned_days/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 730 },
                message: 'must be <= 730',
                schema: 730,
                parentSchema: schema79.properties.lead_time.properties.planned_days,
                data: data14,
              };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data14 < 0 || isNaN(data14)) {
              const err40 = {
                instancePath: instancePath + '/lead_time/planned_days',
                schemaPath: '#/properties/lead_time/properties/planned_days/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema79.properties.lead_time.properties.planned_days,
                data: data14,
              };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          }
        }
        if (data13.feature_freeze_days !== void 0) {
          let data15 = data13.feature_freeze_days;
          if (!(typeof data15 == 'number' && !(data15 % 1) && !isNaN(data15) && isFinite(data15))) {
            const err41 = {
              instancePath: instancePath + '/lead_time/feature_freeze_days',
              schemaPath: '#/properties/lead_time/properties/feature_freeze_days/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema79.properties.lead_time.properties.feature_freeze_days.type,
              parentSchema: schema79.properties.lead_time.properties.feature_freeze_days,
              data: data15,
            };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          if (typeof data15 == 'number' && isFinite(data15)) {
            if (data15 > 730 || isNaN(data15)) {
              const err42 = {
                instancePath: instancePath + '/lead_time/feature_freeze_days',
                schemaPath: '#/properties/lead_time/properties/feature_freeze_days/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 730 },
                message: 'must be <= 730',
                schema: 730,
                parentSchema: schema79.properties.lead_time.properties.feature_freeze_days,
                data: data15,
              };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data15 < 0 || isNaN(data15)) {
              const err43 = {
                instancePath: instancePath + '/lead_time/feature_freeze_days',
                schemaPath: '#/properties/lead_time/properties/feature_freeze_days/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema79.properties.lead_time.properties.feature_freeze_days,
                data: data15,
              };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          }
        }
        if (data13.code_freeze_days !== void 0) {
          let data16 = data13.code_freeze_days;
          if (!(typeof data16 == 'number' && !(data16 % 1) && !isNaN(data16) && isFinite(data16))) {
            const err44 = {
              instancePath: instancePath + '/lead_time/code_freeze_days',
              schemaPath: '#/properties/lead_time/properties/code_freeze_days/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema79.properties.lead_time.properties.code_freeze_days.type,
              parentSchema: schema79.properties.lead_time.properties.code_freeze_days,
              data: data16,
            };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          if (typeof data16 == 'number' && isFinite(data16)) {
            if (data16 > 730 || isNaN(data16)) {
              const err45 = {
                instancePath: instancePath + '/lead_time/code_freeze_days',
                schemaPath: '#/properties/lead_time/properties/code_freeze_days/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 730 },
                message: 'must be <= 730',
                schema: 730,
                parentSchema: schema79.properties.lead_time.properties.code_freeze_days,
                data: data16,
              };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            if (data16 < 0 || isNaN(data16)) {
              const err46 = {
                instancePath: instancePath + '/lead_time/code_freeze_days',
                schemaPath: '#/properties/lead_time/properties/code_freeze_days/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema79.properties.lead_time.properties.code_freeze_days,
                data: data16,
              };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
        }
      } else {
        const err47 = {
          instancePath: instancePath + '/lead_time',
          schemaPath: '#/properties/lead_time/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema79.properties.lead_time.type,
          parentSchema: schema79.properties.lead_time,
          data: data13,
        };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.rollback !== void 0) {
      let data17 = data.rollback;
      if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
        for (const key2 in data17) {
          if (!(key2 === 'required' || key2 === 'tested')) {
            const err48 = {
              instancePath: instancePath + '/rollback',
              schemaPath: '#/properties/rollback/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema79.properties.rollback,
              data: data17,
            };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data17.required !== void 0) {
          let data18 = data17.required;
          if (typeof data18 !== 'boolean') {
            const err49 = {
              instancePath: instancePath + '/rollback/required',
              schemaPath: '#/properties/rollback/properties/required/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema79.properties.rollback.properties.required.type,
              parentSchema: schema79.properties.rollback.properties.required,
              data: data18,
            };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data17.tested !== void 0) {
          let data19 = data17.tested;
          if (typeof data19 !== 'boolean') {
            const err50 = {
              instancePath: instancePath + '/rollback/tested',
              schemaPath: '#/properties/rollback/properties/tested/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema79.properties.rollback.properties.tested.type,
              parentSchema: schema79.properties.rollback.properties.tested,
              data: data19,
            };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      } else {
        const err51 = {
          instancePath: instancePath + '/rollback',
          schemaPath: '#/properties/rollback/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema79.properties.rollback.type,
          parentSchema: schema79.properties.rollback,
          data: data17,
        };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.strategies !== void 0) {
      let data20 = data.strategies;
      if (Array.isArray(data20)) {
        if (data20.length < 1) {
          const err52 = {
            instancePath: instancePath + '/strategies',
            schemaPath: '#/properties/strategies/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema79.properties.strategies,
            data: data20,
          };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        const len2 = data20.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data21 = data20[i3];
          if (typeof data21 !== 'string') {
            const err53 = {
              instancePath: instancePath + '/strategies/' + i3,
              schemaPath: '#/$defs/strategy/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema91.type,
              parentSchema: schema91,
              data: data21,
            };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
          if (!(
            data21 === 'blue-green' ||
            data21 === 'canary' ||
            data21 === 'rolling' ||
            data21 === 'feature-flags' ||
            data21 === 'maintenance-window'
          )) {
            const err54 = {
              instancePath: instancePath + '/strategies/' + i3,
              schemaPath: '#/$defs/strategy/enum',
              keyword: 'enum',
              params: { allowedValues: schema91.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema91.enum,
              parentSchema: schema91,
              data: data21,
            };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        let i4 = data20.length;
        let j1;
        if (i4 > 1) {
          outer1: for (; i4--;) {
            for (j1 = i4; j1--;) {
              if (func0(data20[i4], data20[j1])) {
                const err55 = {
                  instancePath: instancePath + '/strategies',
                  schemaPath: '#/properties/strategies/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i4, j: j1 },
                  message: 'must NOT have duplicate items (items ## ' + j1 + ' and ' + i4 + ' are identical)',
                  schema: true,
                  parentSchema: schema79.properties.strategies,
                  data: data20,
                };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err56 = {
          instancePath: instancePath + '/strategies',
          schemaPath: '#/properties/strategies/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema79.properties.strategies.type,
          parentSchema: schema79.properties.strategies,
          data: data20,
        };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.breaking_changes !== void 0) {
      let data22 = data.breaking_changes;
      if (typeof data22 !== 'string') {
        const err57 = {
          instancePath: instancePath + '/breaking_changes',
          schemaPath: '#/properties/breaking_changes/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema79.properties.breaking_changes.type,
          parentSchema: schema79.properties.breaking_changes,
          data: data22,
        };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
      if (!(data22 === 'allowed' || data22 === 'forbidden' || data22 === 'must-document')) {
        const err58 = {
          instancePath: instancePath + '/breaking_changes',
          schemaPath: '#/properties/breaking_changes/enum',
          keyword: 'enum',
          params: { allowedValues: schema79.properties.breaking_changes.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema79.properties.breaking_changes.enum,
          parentSchema: schema79.properties.breaking_changes,
          data: data22,
        };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
  } else {
    const err59 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema79.type,
      parentSchema: schema79,
      data,
    };
    if (vErrors === null) {
      vErrors = [err59];
    } else {
      vErrors.push(err59);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema92 = {
  title: 'Change requirements',
  description: 'The sign-offs and checks that one kind of change adds.',
  type: 'object',
  additionalProperties: false,
  properties: {
    title: {
      $ref: '#/$defs/text',
      title: 'Title',
      description: 'The kind of change as the site names it.',
      examples: ['UI changes'],
    },
    description: {
      $ref: '#/$defs/text',
      title: 'Description',
      description: 'Why the guide asks for these requirements.',
      examples: ['The guide requires accessibility testing for UI changes.'],
    },
    signoffs: {
      title: 'Additional sign-offs',
      description: 'Roles that must also sign off (`signoff-required`).',
      type: 'array',
      items: { $ref: '#/$defs/roleId' },
      uniqueItems: true,
      examples: [['ux']],
    },
    requires: {
      title: 'Required checks',
      description:
        'Named checks release.yml and the notes must pass: communication-plan, support-briefed, accessibility-tested, rollback-tested, migration-steps.',
      type: 'array',
      items: { $ref: '#/$defs/requiredCheck' },
      uniqueItems: true,
      examples: [['communication-plan', 'support-briefed']],
    },
  },
  examples: [{ title: 'UI changes', signoffs: ['ux'], requires: ['accessibility-tested'] }],
};
var schema96 = {
  title:
    'a named check (communication-plan, support-briefed, accessibility-tested, rollback-tested or migration-steps)',
  description:
    'communication-plan: release.yml names `communication.customer_plan` (customer-communication). support-briefed: `communication.support_briefed` is true (customer-communication). accessibility-tested: `verification.accessibility_tested` is true (signoff-required, with the UX sign-off). rollback-tested: `rollback.plan` exists and `rollback.tested` is true (rollback-plan). migration-steps: the notes list each breaking change and their Migration Steps section has steps (breaking-change).',
  type: 'string',
  enum: [
    'communication-plan',
    'support-briefed',
    'accessibility-tested',
    'rollback-tested',
    'migration-steps',
  ],
  examples: ['communication-plan'],
};
function validate34(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === 'title' || key0 === 'description' || key0 === 'signoffs' || key0 === 'requires')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema92,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data0 = data.title;
      if (typeof data0 === 'string') {
        if (func2(data0) > 2e3) {
          const err1 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema68,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern27.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema68,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/title',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema68.type,
          parentSchema: schema68,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 === 'string') {
        if (func2(data1) > 2e3) {
          const err4 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema68,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern27.test(data1)) {
          const err5 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema68,
            data: data1,
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
          instancePath: instancePath + '/description',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema68.type,
          parentSchema: schema68,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.signoffs !== void 0) {
      let data2 = data.signoffs;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === 'string') {
            if (func2(data3) > 64) {
              const err7 = {
                instancePath: instancePath + '/signoffs/' + i0,
                schemaPath: '#/$defs/roleId/maxLength',
                keyword: 'maxLength',
                params: { limit: 64 },
                message: 'must NOT have more than 64 characters',
                schema: 64,
                parentSchema: schema71,
                data: data3,
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (!pattern28.test(data3)) {
              const err8 = {
                instancePath: instancePath + '/signoffs/' + i0,
                schemaPath: '#/$defs/roleId/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$' },
                message: 'must match pattern "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"',
                schema: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
                parentSchema: schema71,
                data: data3,
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = {
              instancePath: instancePath + '/signoffs/' + i0,
              schemaPath: '#/$defs/roleId/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema71.type,
              parentSchema: schema71,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data2[i1], data2[j0])) {
                const err10 = {
                  instancePath: instancePath + '/signoffs',
                  schemaPath: '#/properties/signoffs/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i1, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                  schema: true,
                  parentSchema: schema92.properties.signoffs,
                  data: data2,
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/signoffs',
          schemaPath: '#/properties/signoffs/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema92.properties.signoffs.type,
          parentSchema: schema92.properties.signoffs,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.requires !== void 0) {
      let data4 = data.requires;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data5 = data4[i2];
          if (typeof data5 !== 'string') {
            const err12 = {
              instancePath: instancePath + '/requires/' + i2,
              schemaPath: '#/$defs/requiredCheck/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema96.type,
              parentSchema: schema96,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (!(
            data5 === 'communication-plan' ||
            data5 === 'support-briefed' ||
            data5 === 'accessibility-tested' ||
            data5 === 'rollback-tested' ||
            data5 === 'migration-steps'
          )) {
            const err13 = {
              instancePath: instancePath + '/requires/' + i2,
              schemaPath: '#/$defs/requiredCheck/enum',
              keyword: 'enum',
              params: { allowedValues: schema96.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema96.enum,
              parentSchema: schema96,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        let i3 = data4.length;
        let j1;
        if (i3 > 1) {
          outer1: for (; i3--;) {
            for (j1 = i3; j1--;) {
              if (func0(data4[i3], data4[j1])) {
                const err14 = {
                  instancePath: instancePath + '/requires',
                  schemaPath: '#/properties/requires/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i3, j: j1 },
                  message: 'must NOT have duplicate items (items ## ' + j1 + ' and ' + i3 + ' are identical)',
                  schema: true,
                  parentSchema: schema92.properties.requires,
                  data: data4,
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/requires',
          schemaPath: '#/properties/requires/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema92.properties.requires.type,
          parentSchema: schema92.properties.requires,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema92.type,
      parentSchema: schema92,
      data,
    };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema98 = {
  title: 'Notes template',
  description: 'A release notes template: the Markdown file and the sections finished notes must have.',
  type: 'object',
  additionalProperties: false,
  properties: {
    title: {
      $ref: '#/$defs/text',
      title: 'Title',
      description: 'The template\u2019s name on the site.',
      examples: ['Standard release notes'],
    },
    description: {
      $ref: '#/$defs/text',
      title: 'Description',
      description: 'When to use this template.',
      examples: ['For minor and major releases.'],
    },
    file: {
      $ref: '#/$defs/relativePath',
      title: 'File',
      description:
        'The template\u2019s Markdown file, relative to this policy file. `notes-placeholder` takes the bracketed placeholders ([Feature Name], [Date], \u2026) from it.',
      examples: ['../../templates/release-notes.md'],
    },
    required_sections: {
      title: 'Required sections',
      description:
        'Headings the notes must have, each with content under it (`notes-section`). Matched loosely: case, punctuation and emoji do not count.',
      type: 'array',
      items: { $ref: '#/$defs/text' },
      uniqueItems: true,
      examples: [['Summary', 'Fixed Issues', 'Recommendation', 'Verification']],
    },
    title_pattern: {
      title: 'Title pattern',
      description:
        'A JavaScript regular expression that the notes\u2019 first level-1 heading must match (`notes-mismatch`). Named groups `version` and `date`, when present, are compared with release.yml\u2019s `version` and `date`.',
      type: 'string',
      format: 'regex',
      maxLength: 500,
      examples: ['^(?<product>.+?) Hotfix v?(?<version>\\S+) - (?<date>.+)$'],
    },
  },
  examples: [
    {
      title: 'Hotfix release notes',
      file: '../../templates/hotfix-notes.md',
      required_sections: ['Summary', 'Fixed Issues', 'Recommendation', 'Verification'],
    },
  ],
};
var formats26 = require_formats().fullFormats.regex;
function validate41(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === 'title' ||
        key0 === 'description' ||
        key0 === 'file' ||
        key0 === 'required_sections' ||
        key0 === 'title_pattern'
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema98,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data0 = data.title;
      if (typeof data0 === 'string') {
        if (func2(data0) > 2e3) {
          const err1 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema68,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern27.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema68,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/title',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema68.type,
          parentSchema: schema68,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 === 'string') {
        if (func2(data1) > 2e3) {
          const err4 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema68,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern27.test(data1)) {
          const err5 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema68,
            data: data1,
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
          instancePath: instancePath + '/description',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema68.type,
          parentSchema: schema68,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.file !== void 0) {
      let data2 = data.file;
      if (typeof data2 === 'string') {
        if (func2(data2) > 1024) {
          const err7 = {
            instancePath: instancePath + '/file',
            schemaPath: '#/$defs/relativePath/maxLength',
            keyword: 'maxLength',
            params: { limit: 1024 },
            message: 'must NOT have more than 1024 characters',
            schema: 1024,
            parentSchema: schema101,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern11.test(data2)) {
          const err8 = {
            instancePath: instancePath + '/file',
            schemaPath: '#/$defs/relativePath/pattern',
            keyword: 'pattern',
            params: { pattern: '^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$' },
            message: 'must match pattern "^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$"',
            schema: '^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$',
            parentSchema: schema101,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/file',
          schemaPath: '#/$defs/relativePath/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema101.type,
          parentSchema: schema101,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.required_sections !== void 0) {
      let data3 = data.required_sections;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === 'string') {
            if (func2(data4) > 2e3) {
              const err10 = {
                instancePath: instancePath + '/required_sections/' + i0,
                schemaPath: '#/$defs/text/maxLength',
                keyword: 'maxLength',
                params: { limit: 2e3 },
                message: 'must NOT have more than 2000 characters',
                schema: 2e3,
                parentSchema: schema68,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (!pattern27.test(data4)) {
              const err11 = {
                instancePath: instancePath + '/required_sections/' + i0,
                schemaPath: '#/$defs/text/pattern',
                keyword: 'pattern',
                params: { pattern: '\\S' },
                message: 'must match pattern "\\S"',
                schema: '\\S',
                parentSchema: schema68,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = {
              instancePath: instancePath + '/required_sections/' + i0,
              schemaPath: '#/$defs/text/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema68.type,
              parentSchema: schema68,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        let i1 = data3.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data3[i1], data3[j0])) {
                const err13 = {
                  instancePath: instancePath + '/required_sections',
                  schemaPath: '#/properties/required_sections/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i1, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                  schema: true,
                  parentSchema: schema98.properties.required_sections,
                  data: data3,
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/required_sections',
          schemaPath: '#/properties/required_sections/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema98.properties.required_sections.type,
          parentSchema: schema98.properties.required_sections,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.title_pattern !== void 0) {
      let data5 = data.title_pattern;
      if (typeof data5 === 'string') {
        if (func2(data5) > 500) {
          const err15 = {
            instancePath: instancePath + '/title_pattern',
            schemaPath: '#/properties/title_pattern/maxLength',
            keyword: 'maxLength',
            params: { limit: 500 },
            message: 'must NOT have more than 500 characters',
            schema: 500,
            parentSchema: schema98.properties.title_pattern,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (!formats26(data5)) {
          const err16 = {
            instancePath: instancePath + '/title_pattern',
            schemaPath: '#/properties/title_pattern/format',
            keyword: 'format',
            params: { format: 'regex' },
            message: 'must match format "regex"',
            schema: 'regex',
            parentSchema: schema98.properties.title_pattern,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/title_pattern',
          schemaPath: '#/properties/title_pattern/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema98.properties.title_pattern.type,
          parentSchema: schema98.properties.title_pattern,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema98.type,
      parentSchema: schema98,
      data,
    };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema104 = {
  title: 'Severity level',
  description: 'One incident severity level: its name, what it looks like and the response it gets.',
  type: 'object',
  additionalProperties: false,
  properties: {
    title: {
      $ref: '#/$defs/text',
      title: 'Title',
      description: 'The level\u2019s name.',
      examples: ['Critical'],
    },
    description: {
      title: 'Signs',
      description: 'What an incident of this level looks like, one sign per item.',
      type: 'array',
      items: { $ref: '#/$defs/text' },
      examples: [
        ['Production completely down or severely degraded', 'Data loss or corruption', 'Security breach'],
      ],
    },
    response: {
      $ref: '#/$defs/text',
      title: 'Response',
      description: 'What the team does at this level.',
      examples: ['Immediate rollback, all hands on deck, executive notification'],
    },
  },
  examples: [
    {
      title: 'Low',
      description: ['Minor issues, cosmetic problems'],
      response: 'Log and fix in next release',
    },
  ],
};
function validate43(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate43.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === 'title' || key0 === 'description' || key0 === 'response')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema104,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data0 = data.title;
      if (typeof data0 === 'string') {
        if (func2(data0) > 2e3) {
          const err1 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema68,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern27.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema68,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/title',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema68.type,
          parentSchema: schema68,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === 'string') {
            if (func2(data2) > 2e3) {
              const err4 = {
                instancePath: instancePath + '/description/' + i0,
                schemaPath: '#/$defs/text/maxLength',
                keyword: 'maxLength',
                params: { limit: 2e3 },
                message: 'must NOT have more than 2000 characters',
                schema: 2e3,
                parentSchema: schema68,
                data: data2,
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (!pattern27.test(data2)) {
              const err5 = {
                instancePath: instancePath + '/description/' + i0,
                schemaPath: '#/$defs/text/pattern',
                keyword: 'pattern',
                params: { pattern: '\\S' },
                message: 'must match pattern "\\S"',
                schema: '\\S',
                parentSchema: schema68,
                data: data2,
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
              instancePath: instancePath + '/description/' + i0,
              schemaPath: '#/$defs/text/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema68.type,
              parentSchema: schema68,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema104.properties.description.type,
          parentSchema: schema104.properties.description,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.response !== void 0) {
      let data3 = data.response;
      if (typeof data3 === 'string') {
        if (func2(data3) > 2e3) {
          const err8 = {
            instancePath: instancePath + '/response',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema68,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern27.test(data3)) {
          const err9 = {
            instancePath: instancePath + '/response',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema68,
            data: data3,
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
          instancePath: instancePath + '/response',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema68.type,
          parentSchema: schema68,
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
  } else {
    const err11 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema104.type,
      parentSchema: schema104,
      data,
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
validate43.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema110 = {
  title: 'Waiver grant',
  description: 'Who may approve waivers of one rule.',
  type: 'object',
  additionalProperties: false,
  required: ['granted_by'],
  properties: {
    granted_by: {
      title: 'Granted by',
      description: 'The roles whose holders may approve a waiver of this rule.',
      type: 'array',
      items: { $ref: '#/$defs/roleId' },
      uniqueItems: true,
      examples: [['release-manager', 'executive']],
      minItems: 1,
    },
  },
  examples: [{ granted_by: ['release-manager'] }],
};
function validate48(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate48.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.granted_by === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'granted_by' },
        message: "must have required property 'granted_by'",
        schema: schema110.required,
        parentSchema: schema110,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'granted_by')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema110,
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
    if (data.granted_by !== void 0) {
      let data0 = data.granted_by;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err2 = {
            instancePath: instancePath + '/granted_by',
            schemaPath: '#/properties/granted_by/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema110.properties.granted_by,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === 'string') {
            if (func2(data1) > 64) {
              const err3 = {
                instancePath: instancePath + '/granted_by/' + i0,
                schemaPath: '#/$defs/roleId/maxLength',
                keyword: 'maxLength',
                params: { limit: 64 },
                message: 'must NOT have more than 64 characters',
                schema: 64,
                parentSchema: schema71,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (!pattern28.test(data1)) {
              const err4 = {
                instancePath: instancePath + '/granted_by/' + i0,
                schemaPath: '#/$defs/roleId/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$' },
                message: 'must match pattern "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"',
                schema: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
                parentSchema: schema71,
                data: data1,
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
              instancePath: instancePath + '/granted_by/' + i0,
              schemaPath: '#/$defs/roleId/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema71.type,
              parentSchema: schema71,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data0[i1], data0[j0])) {
                const err6 = {
                  instancePath: instancePath + '/granted_by',
                  schemaPath: '#/properties/granted_by/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i1, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                  schema: true,
                  parentSchema: schema110.properties.granted_by,
                  data: data0,
                };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/granted_by',
          schemaPath: '#/properties/granted_by/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema110.properties.granted_by.type,
          parentSchema: schema110.properties.granted_by,
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
  } else {
    const err8 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema110.type,
      parentSchema: schema110,
      data,
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
validate48.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate27(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid0 = true;
  const _errs3 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.extends === void 0 && (missing0 = 'extends')) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (!_valid0) {
    const _errs4 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.name === void 0) {
        const err1 = {
          instancePath,
          schemaPath: '#/else/required',
          keyword: 'required',
          params: { missingProperty: 'name' },
          message: "must have required property 'name'",
          schema: schema66.else.required,
          parentSchema: schema66.else,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.title === void 0) {
        const err2 = {
          instancePath,
          schemaPath: '#/else/required',
          keyword: 'required',
          params: { missingProperty: 'title' },
          message: "must have required property 'title'",
          schema: schema66.else.required,
          parentSchema: schema66.else,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.description === void 0) {
        const err3 = {
          instancePath,
          schemaPath: '#/else/required',
          keyword: 'required',
          params: { missingProperty: 'description' },
          message: "must have required property 'description'",
          schema: schema66.else.required,
          parentSchema: schema66.else,
          data,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.roles === void 0) {
        const err4 = {
          instancePath,
          schemaPath: '#/else/required',
          keyword: 'required',
          params: { missingProperty: 'roles' },
          message: "must have required property 'roles'",
          schema: schema66.else.required,
          parentSchema: schema66.else,
          data,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data.types === void 0) {
        const err5 = {
          instancePath,
          schemaPath: '#/else/required',
          keyword: 'required',
          params: { missingProperty: 'types' },
          message: "must have required property 'types'",
          schema: schema66.else.required,
          parentSchema: schema66.else,
          data,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data.notes === void 0) {
        const err6 = {
          instancePath,
          schemaPath: '#/else/required',
          keyword: 'required',
          params: { missingProperty: 'notes' },
          message: "must have required property 'notes'",
          schema: schema66.else.required,
          parentSchema: schema66.else,
          data,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data.roles !== void 0) {
        let data0 = data.roles;
        if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
          for (const key0 in data0) {
            let data1 = data0[key0];
            if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
              if (data1.title === void 0) {
                const err7 = {
                  instancePath: instancePath + '/roles/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: '#/else/properties/roles/additionalProperties/required',
                  keyword: 'required',
                  params: { missingProperty: 'title' },
                  message: "must have required property 'title'",
                  schema: schema66.else.properties.roles.additionalProperties.required,
                  parentSchema: schema66.else.properties.roles.additionalProperties,
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
                instancePath: instancePath + '/roles/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/else/properties/roles/additionalProperties/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
                schema: schema66.else.properties.roles.additionalProperties.type,
                parentSchema: schema66.else.properties.roles.additionalProperties,
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
        } else {
          const err9 = {
            instancePath: instancePath + '/roles',
            schemaPath: '#/else/properties/roles/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema66.else.properties.roles.type,
            parentSchema: schema66.else.properties.roles,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.types !== void 0) {
        let data2 = data.types;
        if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
          if (data2.patch === void 0) {
            const err10 = {
              instancePath: instancePath + '/types',
              schemaPath: '#/else/properties/types/required',
              keyword: 'required',
              params: { missingProperty: 'patch' },
              message: "must have required property 'patch'",
              schema: schema66.else.properties.types.required,
              parentSchema: schema66.else.properties.types,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (data2.minor === void 0) {
            const err11 = {
              instancePath: instancePath + '/types',
              schemaPath: '#/else/properties/types/required',
              keyword: 'required',
              params: { missingProperty: 'minor' },
              message: "must have required property 'minor'",
              schema: schema66.else.properties.types.required,
              parentSchema: schema66.else.properties.types,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          if (data2.major === void 0) {
            const err12 = {
              instancePath: instancePath + '/types',
              schemaPath: '#/else/properties/types/required',
              keyword: 'required',
              params: { missingProperty: 'major' },
              message: "must have required property 'major'",
              schema: schema66.else.properties.types.required,
              parentSchema: schema66.else.properties.types,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (data2.patch !== void 0) {
            let data3 = data2.patch;
            if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
              if (data3.title === void 0) {
                const err13 = {
                  instancePath: instancePath + '/types/patch',
                  schemaPath: '#/else/properties/types/properties/patch/required',
                  keyword: 'required',
                  params: { missingProperty: 'title' },
                  message: "must have required property 'title'",
                  schema: schema66.else.properties.types.properties.patch.required,
                  parentSchema: schema66.else.properties.types.properties.patch,
                  data: data3,
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
              if (data3.signoffs === void 0) {
                const err14 = {
                  instancePath: instancePath + '/types/patch',
                  schemaPath: '#/else/properties/types/properties/patch/required',
                  keyword: 'required',
                  params: { missingProperty: 'signoffs' },
                  message: "must have required property 'signoffs'",
                  schema: schema66.else.properties.types.properties.patch.required,
                  parentSchema: schema66.else.properties.types.properties.patch,
                  data: data3,
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
              if (data3.notes === void 0) {
                const err15 = {
                  instancePath: instancePath + '/types/patch',
                  schemaPath: '#/else/properties/types/properties/patch/required',
                  keyword: 'required',
                  params: { missingProperty: 'notes' },
                  message: "must have required property 'notes'",
                  schema: schema66.else.properties.types.properties.patch.required,
                  parentSchema: schema66.else.properties.types.properties.patch,
                  data: data3,
                };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            } else {
              const err16 = {
                instancePath: instancePath + '/types/patch',
                schemaPath: '#/else/properties/types/properties/patch/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
                schema: schema66.else.properties.types.properties.patch.type,
                parentSchema: schema66.else.properties.types.properties.patch,
                data: data3,
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
          if (data2.minor !== void 0) {
            let data4 = data2.minor;
            if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
              if (data4.title === void 0) {
                const err17 = {
                  instancePath: instancePath + '/types/minor',
                  schemaPath: '#/else/properties/types/properties/minor/required',
                  keyword: 'required',
                  params: { missingProperty: 'title' },
                  message: "must have required property 'title'",
                  schema: schema66.else.properties.types.properties.minor.required,
                  parentSchema: schema66.else.properties.types.properties.minor,
                  data: data4,
                };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
              if (data4.signoffs === void 0) {
                const err18 = {
                  instancePath: instancePath + '/types/minor',
                  schemaPath: '#/else/properties/types/properties/minor/required',
                  keyword: 'required',
                  params: { missingProperty: 'signoffs' },
                  message: "must have required property 'signoffs'",
                  schema: schema66.else.properties.types.properties.minor.required,
                  parentSchema: schema66.else.properties.types.properties.minor,
                  data: data4,
                };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
              if (data4.notes === void 0) {
                const err19 = {
                  instancePath: instancePath + '/types/minor',
                  schemaPath: '#/else/properties/types/properties/minor/required',
                  keyword: 'required',
                  params: { missingProperty: 'notes' },
                  message: "must have required property 'notes'",
                  schema: schema66.else.properties.types.properties.minor.required,
                  parentSchema: schema66.else.properties.types.properties.minor,
                  data: data4,
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            } else {
              const err20 = {
                instancePath: instancePath + '/types/minor',
                schemaPath: '#/else/properties/types/properties/minor/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
                schema: schema66.else.properties.types.properties.minor.type,
                parentSchema: schema66.else.properties.types.properties.minor,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
          if (data2.major !== void 0) {
            let data5 = data2.major;
            if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
              if (data5.title === void 0) {
                const err21 = {
                  instancePath: instancePath + '/types/major',
                  schemaPath: '#/else/properties/types/properties/major/required',
                  keyword: 'required',
                  params: { missingProperty: 'title' },
                  message: "must have required property 'title'",
                  schema: schema66.else.properties.types.properties.major.required,
                  parentSchema: schema66.else.properties.types.properties.major,
                  data: data5,
                };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              if (data5.signoffs === void 0) {
                const err22 = {
                  instancePath: instancePath + '/types/major',
                  schemaPath: '#/else/properties/types/properties/major/required',
                  keyword: 'required',
                  params: { missingProperty: 'signoffs' },
                  message: "must have required property 'signoffs'",
                  schema: schema66.else.properties.types.properties.major.required,
                  parentSchema: schema66.else.properties.types.properties.major,
                  data: data5,
                };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
              if (data5.notes === void 0) {
                const err23 = {
                  instancePath: instancePath + '/types/major',
                  schemaPath: '#/else/properties/types/properties/major/required',
                  keyword: 'required',
                  params: { missingProperty: 'notes' },
                  message: "must have required property 'notes'",
                  schema: schema66.else.properties.types.properties.major.required,
                  parentSchema: schema66.else.properties.types.properties.major,
                  data: data5,
                };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            } else {
              const err24 = {
                instancePath: instancePath + '/types/major',
                schemaPath: '#/else/properties/types/properties/major/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
                schema: schema66.else.properties.types.properties.major.type,
                parentSchema: schema66.else.properties.types.properties.major,
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          }
        } else {
          const err25 = {
            instancePath: instancePath + '/types',
            schemaPath: '#/else/properties/types/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema66.else.properties.types.type,
            parentSchema: schema66.else.properties.types,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
      if (data.notes !== void 0) {
        let data6 = data.notes;
        if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
          if (data6.templates === void 0) {
            const err26 = {
              instancePath: instancePath + '/notes',
              schemaPath: '#/else/properties/notes/required',
              keyword: 'required',
              params: { missingProperty: 'templates' },
              message: "must have required property 'templates'",
              schema: schema66.else.properties.notes.required,
              parentSchema: schema66.else.properties.notes,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (data6.templates !== void 0) {
            let data7 = data6.templates;
            if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
              for (const key1 in data7) {
                let data8 = data7[key1];
                if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
                  if (data8.title === void 0) {
                    const err27 = {
                      instancePath:
                        instancePath + '/notes/templates/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath:
                        '#/else/properties/notes/properties/templates/additionalProperties/required',
                      keyword: 'required',
                      params: { missingProperty: 'title' },
                      message: "must have required property 'title'",
                      schema:
                        schema66.else.properties.notes.properties.templates.additionalProperties.required,
                      parentSchema: schema66.else.properties.notes.properties.templates.additionalProperties,
                      data: data8,
                    };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                  if (data8.file === void 0) {
                    const err28 = {
                      instancePath:
                        instancePath + '/notes/templates/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath:
                        '#/else/properties/notes/properties/templates/additionalProperties/required',
                      keyword: 'required',
                      params: { missingProperty: 'file' },
                      message: "must have required property 'file'",
                      schema:
                        schema66.else.properties.notes.properties.templates.additionalProperties.required,
                      parentSchema: schema66.else.properties.notes.properties.templates.additionalProperties,
                      data: data8,
                    };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                  if (data8.required_sections === void 0) {
                    const err29 = {
                      instancePath:
                        instancePath + '/notes/templates/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath:
                        '#/else/properties/notes/properties/templates/additionalProperties/required',
                      keyword: 'required',
                      params: { missingProperty: 'required_sections' },
                      message: "must have required property 'required_sections'",
                      schema:
                        schema66.else.properties.notes.properties.templates.additionalProperties.required,
                      parentSchema: schema66.else.properties.notes.properties.templates.additionalProperties,
                      data: data8,
                    };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                } else {
                  const err30 = {
                    instancePath:
                      instancePath + '/notes/templates/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                    schemaPath: '#/else/properties/notes/properties/templates/additionalProperties/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema66.else.properties.notes.properties.templates.additionalProperties.type,
                    parentSchema: schema66.else.properties.notes.properties.templates.additionalProperties,
                    data: data8,
                  };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
            } else {
              const err31 = {
                instancePath: instancePath + '/notes/templates',
                schemaPath: '#/else/properties/notes/properties/templates/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
                schema: schema66.else.properties.notes.properties.templates.type,
                parentSchema: schema66.else.properties.notes.properties.templates,
                data: data7,
              };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
        } else {
          const err32 = {
            instancePath: instancePath + '/notes',
            schemaPath: '#/else/properties/notes/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema66.else.properties.notes.type,
            parentSchema: schema66.else.properties.notes,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      }
      if (data.incidents !== void 0) {
        let data9 = data.incidents;
        if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
          if (data9.severities !== void 0) {
            let data10 = data9.severities;
            if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
              for (const key2 in data10) {
                let data11 = data10[key2];
                if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
                  if (data11.title === void 0) {
                    const err33 = {
                      instancePath:
                        instancePath +
                        '/incidents/severities/' +
                        key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath:
                        '#/else/properties/incidents/properties/severities/additionalProperties/required',
                      keyword: 'required',
                      params: { missingProperty: 'title' },
                      message: "must have required property 'title'",
                      schema:
                        schema66.else.properties.incidents.properties.severities.additionalProperties
                          .required,
                      parentSchema:
                        schema66.else.properties.incidents.properties.severities.additionalProperties,
                      data: data11,
                    };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                } else {
                  const err34 = {
                    instancePath:
                      instancePath + '/incidents/severities/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                    schemaPath: '#/else/properties/incidents/properties/severities/additionalProperties/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema:
                      schema66.else.properties.incidents.properties.severities.additionalProperties.type,
                    parentSchema:
                      schema66.else.properties.incidents.properties.severities.additionalProperties,
                    data: data11,
                  };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
            } else {
              const err35 = {
                instancePath: instancePath + '/incidents/severities',
                schemaPath: '#/else/properties/incidents/properties/severities/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
                schema: schema66.else.properties.incidents.properties.severities.type,
                parentSchema: schema66.else.properties.incidents.properties.severities,
                data: data10,
              };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
        } else {
          const err36 = {
            instancePath: instancePath + '/incidents',
            schemaPath: '#/else/properties/incidents/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema66.else.properties.incidents.type,
            parentSchema: schema66.else.properties.incidents,
            data: data9,
          };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.name = true;
      props0.title = true;
      props0.description = true;
      props0.roles = true;
      props0.types = true;
      props0.notes = true;
      props0.incidents = true;
      props0.extends = true;
    }
  }
  if (!valid0) {
    const err37 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: 'else' },
      message: 'must match "else" schema',
      schema: schema66.if,
      parentSchema: schema66,
      data,
    };
    if (vErrors === null) {
      vErrors = [err37];
    } else {
      vErrors.push(err37);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key3 in data) {
      if (!func1.call(schema66.properties, key3)) {
        const err38 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key3 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema66,
          data,
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data12 = data.$schema;
      if (typeof data12 === 'string') {
        if (func2(data12) < 1) {
          const err39 = {
            instancePath: instancePath + '/$schema',
            schemaPath: '#/properties/%24schema/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema66.properties.$schema,
            data: data12,
          };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = {
          instancePath: instancePath + '/$schema',
          schemaPath: '#/properties/%24schema/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema66.properties.$schema.type,
          parentSchema: schema66.properties.$schema,
          data: data12,
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data13 = data.name;
      if (typeof data13 === 'string') {
        if (func2(data13) > 64) {
          const err41 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema67,
            data: data13,
          };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (!pattern4.test(data13)) {
          const err42 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema67,
            data: data13,
          };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      } else {
        const err43 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema67.type,
          parentSchema: schema67,
          data: data13,
        };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data14 = data.title;
      if (typeof data14 === 'string') {
        if (func2(data14) > 2e3) {
          const err44 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema68,
            data: data14,
          };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        if (!pattern27.test(data14)) {
          const err45 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema68,
            data: data14,
          };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
      } else {
        const err46 = {
          instancePath: instancePath + '/title',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema68.type,
          parentSchema: schema68,
          data: data14,
        };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data15 = data.description;
      if (typeof data15 === 'string') {
        if (func2(data15) > 2e3) {
          const err47 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema68,
            data: data15,
          };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        if (!pattern27.test(data15)) {
          const err48 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema68,
            data: data15,
          };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
      } else {
        const err49 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema68.type,
          parentSchema: schema68,
          data: data15,
        };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data16 = data.extends;
      if (typeof data16 === 'string') {
        if (func2(data16) > 1024) {
          const err50 = {
            instancePath: instancePath + '/extends',
            schemaPath: '#/$defs/policyRef/maxLength',
            keyword: 'maxLength',
            params: { limit: 1024 },
            message: 'must NOT have more than 1024 characters',
            schema: 1024,
            parentSchema: schema70,
            data: data16,
          };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
        if (!pattern39.test(data16)) {
          const err51 = {
            instancePath: instancePath + '/extends',
            schemaPath: '#/$defs/policyRef/pattern',
            keyword: 'pattern',
            params: { pattern: '^(?:[a-z0-9]+(?:-[a-z0-9]+)*|\\.\\.?/[^\\\\\\r\\n]+\\.ya?ml)$' },
            message: 'must match pattern "^(?:[a-z0-9]+(?:-[a-z0-9]+)*|\\.\\.?/[^\\\\\\r\\n]+\\.ya?ml)$"',
            schema: '^(?:[a-z0-9]+(?:-[a-z0-9]+)*|\\.\\.?/[^\\\\\\r\\n]+\\.ya?ml)$',
            parentSchema: schema70,
            data: data16,
          };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
      } else {
        const err52 = {
          instancePath: instancePath + '/extends',
          schemaPath: '#/$defs/policyRef/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema70.type,
          parentSchema: schema70,
          data: data16,
        };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.roles !== void 0) {
      let data17 = data.roles;
      if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
        for (const key4 in data17) {
          const _errs49 = errors;
          if (typeof key4 === 'string') {
            if (func2(key4) > 64) {
              const err53 = {
                instancePath: instancePath + '/roles',
                schemaPath: '#/$defs/roleId/maxLength',
                keyword: 'maxLength',
                params: { limit: 64 },
                message: 'must NOT have more than 64 characters',
                schema: 64,
                parentSchema: schema71,
                data: key4,
                propertyName: key4,
              };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            if (!pattern28.test(key4)) {
              const err54 = {
                instancePath: instancePath + '/roles',
                schemaPath: '#/$defs/roleId/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$' },
                message: 'must match pattern "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"',
                schema: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
                parentSchema: schema71,
                data: key4,
                propertyName: key4,
              };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          } else {
            const err55 = {
              instancePath: instancePath + '/roles',
              schemaPath: '#/$defs/roleId/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema71.type,
              parentSchema: schema71,
              data: key4,
              propertyName: key4,
            };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
          var valid13 = _errs49 === errors;
          if (!valid13) {
            const err56 = {
              instancePath: instancePath + '/roles',
              schemaPath: '#/properties/roles/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key4 },
              message: 'property name must be valid',
              schema: schema66.properties.roles.propertyNames,
              parentSchema: schema66.properties.roles,
              data: data17,
            };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        for (const key5 in data17) {
          if (
            !validate28(data17[key5], {
              instancePath: instancePath + '/roles/' + key5.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data17,
              parentDataProperty: key5,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err57 = {
          instancePath: instancePath + '/roles',
          schemaPath: '#/properties/roles/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema66.properties.roles.type,
          parentSchema: schema66.properties.roles,
          data: data17,
        };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.types !== void 0) {
      let data19 = data.types;
      if (data19 && typeof data19 == 'object' && !Array.isArray(data19)) {
        for (const key6 in data19) {
          if (!(key6 === 'patch' || key6 === 'minor' || key6 === 'major')) {
            const err58 = {
              instancePath: instancePath + '/types',
              schemaPath: '#/properties/types/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key6 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema66.properties.types,
              data: data19,
            };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data19.patch !== void 0) {
          if (
            !validate30(data19.patch, {
              instancePath: instancePath + '/types/patch',
              parentData: data19,
              parentDataProperty: 'patch',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
        if (data19.minor !== void 0) {
          if (
            !validate30(data19.minor, {
              instancePath: instancePath + '/types/minor',
              parentData: data19,
              parentDataProperty: 'minor',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
        if (data19.major !== void 0) {
          if (
            !validate30(data19.major, {
              instancePath: instancePath + '/types/major',
              parentData: data19,
              parentDataProperty: 'major',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err59 = {
          instancePath: instancePath + '/types',
          schemaPath: '#/properties/types/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema66.properties.types.type,
          parentSchema: schema66.properties.types,
          data: data19,
        };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.changes !== void 0) {
      let data23 = data.changes;
      if (data23 && typeof data23 == 'object' && !Array.isArray(data23)) {
        for (const key7 in data23) {
          if (!(
            key7 === 'customer_facing' ||
            key7 === 'ui' ||
            key7 === 'security' ||
            key7 === 'database_migrations' ||
            key7 === 'breaking' ||
            key7 === 'infrastructure'
          )) {
            const err60 = {
              instancePath: instancePath + '/changes',
              schemaPath: '#/properties/changes/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key7 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema66.properties.changes,
              data: data23,
            };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data23.customer_facing !== void 0) {
          if (
            !validate34(data23.customer_facing, {
              instancePath: instancePath + '/changes/customer_facing',
              parentData: data23,
              parentDataProperty: 'customer_facing',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
          }
        }
        if (data23.ui !== void 0) {
          if (
            !validate34(data23.ui, {
              instancePath: instancePath + '/changes/ui',
              parentData: data23,
              parentDataProperty: 'ui',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
          }
        }
        if (data23.security !== void 0) {
          if (
            !validate34(data23.security, {
              instancePath: instancePath + '/changes/security',
              parentData: data23,
              parentDataProperty: 'security',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
          }
        }
        if (data23.database_migrations !== void 0) {
          if (
            !validate34(data23.database_migrations, {
              instancePath: instancePath + '/changes/database_migrations',
              parentData: data23,
              parentDataProperty: 'database_migrations',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
          }
        }
        if (data23.breaking !== void 0) {
          if (
            !validate34(data23.breaking, {
              instancePath: instancePath + '/changes/breaking',
              parentData: data23,
              parentDataProperty: 'breaking',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
          }
        }
        if (data23.infrastructure !== void 0) {
          if (
            !validate34(data23.infrastructure, {
              instancePath: instancePath + '/changes/infrastructure',
              parentData: data23,
              parentDataProperty: 'infrastructure',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err61 = {
          instancePath: instancePath + '/changes',
          schemaPath: '#/properties/changes/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema66.properties.changes.type,
          parentSchema: schema66.properties.changes,
          data: data23,
        };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data.signoffs !== void 0) {
      let data30 = data.signoffs;
      if (data30 && typeof data30 == 'object' && !Array.isArray(data30)) {
        for (const key8 in data30) {
          if (!(key8 === 'max_age_days')) {
            const err62 = {
              instancePath: instancePath + '/signoffs',
              schemaPath: '#/properties/signoffs/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key8 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema66.properties.signoffs,
              data: data30,
            };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data30.max_age_days !== void 0) {
          let data31 = data30.max_age_days;
          if (!(typeof data31 == 'number' && !(data31 % 1) && !isNaN(data31) && isFinite(data31))) {
            const err63 = {
              instancePath: instancePath + '/signoffs/max_age_days',
              schemaPath: '#/properties/signoffs/properties/max_age_days/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema66.properties.signoffs.properties.max_age_days.type,
              parentSchema: schema66.properties.signoffs.properties.max_age_days,
              data: data31,
            };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
          if (typeof data31 == 'number' && isFinite(data31)) {
            if (data31 > 365 || isNaN(data31)) {
              const err64 = {
                instancePath: instancePath + '/signoffs/max_age_days',
                schemaPath: '#/properties/signoffs/properties/max_age_days/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 365 },
                message: 'must be <= 365',
                schema: 365,
                parentSchema: schema66.properties.signoffs.properties.max_age_days,
                data: data31,
              };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            if (data31 < 1 || isNaN(data31)) {
              const err65 = {
                instancePath: instancePath + '/signoffs/max_age_days',
                schemaPath: '#/properties/signoffs/properties/max_age_days/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema66.properties.signoffs.properties.max_age_days,
                data: data31,
              };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
          }
        }
      } else {
        const err66 = {
          instancePath: instancePath + '/signoffs',
          schemaPath: '#/properties/signoffs/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema66.properties.signoffs.type,
          parentSchema: schema66.properties.signoffs,
          data: data30,
        };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data.deploy !== void 0) {
      let data32 = data.deploy;
      if (data32 && typeof data32 == 'object' && !Array.isArray(data32)) {
        for (const key9 in data32) {
          if (!(key9 === 'tolerance_days')) {
            const err67 = {
              instancePath: instancePath + '/deploy',
              schemaPath: '#/properties/deploy/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key9 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema66.properties.deploy,
              data: data32,
            };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data32.tolerance_days !== void 0) {
          let data33 = data32.tolerance_days;
          if (!(typeof data33 == 'number' && !(data33 % 1) && !isNaN(data33) && isFinite(data33))) {
            const err68 = {
              instancePath: instancePath + '/deploy/tolerance_days',
              schemaPath: '#/properties/deploy/properties/tolerance_days/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema66.properties.deploy.properties.tolerance_days.type,
              parentSchema: schema66.properties.deploy.properties.tolerance_days,
              data: data33,
            };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
          if (typeof data33 == 'number' && isFinite(data33)) {
            if (data33 > 365 || isNaN(data33)) {
              const err69 = {
                instancePath: instancePath + '/deploy/tolerance_days',
                schemaPath: '#/properties/deploy/properties/tolerance_days/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 365 },
                message: 'must be <= 365',
                schema: 365,
                parentSchema: schema66.properties.deploy.properties.tolerance_days,
                data: data33,
              };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
            if (data33 < 0 || isNaN(data33)) {
              const err70 = {
                instancePath: instancePath + '/deploy/tolerance_days',
                schemaPath: '#/properties/deploy/properties/tolerance_days/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema66.properties.deploy.properties.tolerance_days,
                data: data33,
              };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          }
        }
      } else {
        const err71 = {
          instancePath: instancePath + '/deploy',
          schemaPath: '#/properties/deploy/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema66.properties.deploy.type,
          parentSchema: schema66.properties.deploy,
          data: data32,
        };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data34 = data.notes;
      if (data34 && typeof data34 == 'object' && !Array.isArray(data34)) {
        for (const key10 in data34) {
          if (!(key10 === 'templates' || key10 === 'placeholders')) {
            const err72 = {
              instancePath: instancePath + '/notes',
              schemaPath: '#/properties/notes/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key10 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema66.properties.notes,
              data: data34,
            };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data34.templates !== void 0) {
          let data35 = data34.templates;
          if (data35 && typeof data35 == 'object' && !Array.isArray(data35)) {
            for (const key11 in data35) {
              const _errs84 = errors;
              if (typeof key11 === 'string') {
                if (func2(key11) > 64) {
                  const err73 = {
                    instancePath: instancePath + '/notes/templates',
                    schemaPath: '#/$defs/slug/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 64 },
                    message: 'must NOT have more than 64 characters',
                    schema: 64,
                    parentSchema: schema67,
                    data: key11,
                    propertyName: key11,
                  };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
                if (!pattern4.test(key11)) {
                  const err74 = {
                    instancePath: instancePath + '/notes/templates',
                    schemaPath: '#/$defs/slug/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
                    message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
                    schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
                    parentSchema: schema67,
                    data: key11,
                    propertyName: key11,
                  };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              } else {
                const err75 = {
                  instancePath: instancePath + '/notes/templates',
                  schemaPath: '#/$defs/slug/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema67.type,
                  parentSchema: schema67,
                  data: key11,
                  propertyName: key11,
                };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
              var valid21 = _errs84 === errors;
              if (!valid21) {
                const err76 = {
                  instancePath: instancePath + '/notes/templates',
                  schemaPath: '#/properties/notes/properties/templates/propertyNames',
                  keyword: 'propertyNames',
                  params: { propertyName: key11 },
                  message: 'property name must be valid',
                  schema: schema66.properties.notes.properties.templates.propertyNames,
                  parentSchema: schema66.properties.notes.properties.templates,
                  data: data35,
                };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            for (const key12 in data35) {
              if (
                !validate41(data35[key12], {
                  instancePath:
                    instancePath + '/notes/templates/' + key12.replace(/~/g, '~0').replace(/\//g, '~1'),
                  parentData: data35,
                  parentDataProperty: key12,
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err77 = {
              instancePath: instancePath + '/notes/templates',
              schemaPath: '#/properties/notes/properties/templates/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema66.properties.notes.properties.templates.type,
              parentSchema: schema66.properties.notes.properties.templates,
              data: data35,
            };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data34.placeholders !== void 0) {
          let data37 = data34.placeholders;
          if (Array.isArray(data37)) {
            const len0 = data37.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data38 = data37[i0];
              if (typeof data38 === 'string') {
                if (func2(data38) > 2e3) {
                  const err78 = {
                    instancePath: instancePath + '/notes/placeholders/' + i0,
                    schemaPath: '#/$defs/text/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 2e3 },
                    message: 'must NOT have more than 2000 characters',
                    schema: 2e3,
                    parentSchema: schema68,
                    data: data38,
                  };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
                if (!pattern27.test(data38)) {
                  const err79 = {
                    instancePath: instancePath + '/notes/placeholders/' + i0,
                    schemaPath: '#/$defs/text/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "\\S"',
                    schema: '\\S',
                    parentSchema: schema68,
                    data: data38,
                  };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
              } else {
                const err80 = {
                  instancePath: instancePath + '/notes/placeholders/' + i0,
                  schemaPath: '#/$defs/text/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema68.type,
                  parentSchema: schema68,
                  data: data38,
                };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            let i1 = data37.length;
            let j0;
            if (i1 > 1) {
              outer0: for (; i1--;) {
                for (j0 = i1; j0--;) {
                  if (func0(data37[i1], data37[j0])) {
                    const err81 = {
                      instancePath: instancePath + '/notes/placeholders',
                      schemaPath: '#/properties/notes/properties/placeholders/uniqueItems',
                      keyword: 'uniqueItems',
                      params: { i: i1, j: j0 },
                      message:
                        'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                      schema: true,
                      parentSchema: schema66.properties.notes.properties.placeholders,
                      data: data37,
                    };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err82 = {
              instancePath: instancePath + '/notes/placeholders',
              schemaPath: '#/properties/notes/properties/placeholders/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema66.properties.notes.properties.placeholders.type,
              parentSchema: schema66.properties.notes.properties.placeholders,
              data: data37,
            };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
      } else {
        const err83 = {
          instancePath: instancePath + '/notes',
          schemaPath: '#/properties/notes/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema66.properties.notes.type,
          parentSchema: schema66.properties.notes,
          data: data34,
        };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
    if (data.incidents !== void 0) {
      let data39 = data.incidents;
      if (data39 && typeof data39 == 'object' && !Array.isArray(data39)) {
        for (const key13 in data39) {
          if (!(key13 === 'severities' || key13 === 'emergency')) {
            const err84 = {
              instancePath: instancePath + '/incidents',
              schemaPath: '#/properties/incidents/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key13 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema66.properties.incidents,
              data: data39,
            };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
        if (data39.severities !== void 0) {
          let data40 = data39.severities;
          if (data40 && typeof data40 == 'object' && !Array.isArray(data40)) {
            for (const key14 in data40) {
              if (!(key14 === 'SEV1' || key14 === 'SEV2' || key14 === 'SEV3' || key14 === 'SEV4')) {
                const err85 = {
                  instancePath: instancePath + '/incidents/severities',
                  schemaPath: '#/properties/incidents/properties/severities/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key14 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema66.properties.incidents.properties.severities,
                  data: data40,
                };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data40.SEV1 !== void 0) {
              if (
                !validate43(data40.SEV1, {
                  instancePath: instancePath + '/incidents/severities/SEV1',
                  parentData: data40,
                  parentDataProperty: 'SEV1',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
                errors = vErrors.length;
              }
            }
            if (data40.SEV2 !== void 0) {
              if (
                !validate43(data40.SEV2, {
                  instancePath: instancePath + '/incidents/severities/SEV2',
                  parentData: data40,
                  parentDataProperty: 'SEV2',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
                errors = vErrors.length;
              }
            }
            if (data40.SEV3 !== void 0) {
              if (
                !validate43(data40.SEV3, {
                  instancePath: instancePath + '/incidents/severities/SEV3',
                  parentData: data40,
                  parentDataProperty: 'SEV3',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
                errors = vErrors.length;
              }
            }
            if (data40.SEV4 !== void 0) {
              if (
                !validate43(data40.SEV4, {
                  instancePath: instancePath + '/incidents/severities/SEV4',
                  parentData: data40,
                  parentDataProperty: 'SEV4',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err86 = {
              instancePath: instancePath + '/incidents/severities',
              schemaPath: '#/properties/incidents/properties/severities/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema66.properties.incidents.properties.severities.type,
              parentSchema: schema66.properties.incidents.properties.severities,
              data: data40,
            };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
        if (data39.emergency !== void 0) {
          let data45 = data39.emergency;
          if (Array.isArray(data45)) {
            const len1 = data45.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data46 = data45[i2];
              if (typeof data46 !== 'string') {
                const err87 = {
                  instancePath: instancePath + '/incidents/emergency/' + i2,
                  schemaPath: '#/$defs/incidentSeverity/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema108.type,
                  parentSchema: schema108,
                  data: data46,
                };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
              if (!(data46 === 'SEV1' || data46 === 'SEV2' || data46 === 'SEV3' || data46 === 'SEV4')) {
                const err88 = {
                  instancePath: instancePath + '/incidents/emergency/' + i2,
                  schemaPath: '#/$defs/incidentSeverity/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema108.enum },
                  message: 'must be equal to one of the allowed values',
                  schema: schema108.enum,
                  parentSchema: schema108,
                  data: data46,
                };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
            let i3 = data45.length;
            let j1;
            if (i3 > 1) {
              outer1: for (; i3--;) {
                for (j1 = i3; j1--;) {
                  if (func0(data45[i3], data45[j1])) {
                    const err89 = {
                      instancePath: instancePath + '/incidents/emergency',
                      schemaPath: '#/properties/incidents/properties/emergency/uniqueItems',
                      keyword: 'uniqueItems',
                      params: { i: i3, j: j1 },
                      message:
                        'must NOT have duplicate items (items ## ' + j1 + ' and ' + i3 + ' are identical)',
                      schema: true,
                      parentSchema: schema66.properties.incidents.properties.emergency,
                      data: data45,
                    };
                    if (vErrors === null) {
                      vErrors = [err89];
                    } else {
                      vErrors.push(err89);
                    }
                    errors++;
                    break outer1;
                  }
                }
              }
            }
          } else {
            const err90 = {
              instancePath: instancePath + '/incidents/emergency',
              schemaPath: '#/properties/incidents/properties/emergency/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema66.properties.incidents.properties.emergency.type,
              parentSchema: schema66.properties.incidents.properties.emergency,
              data: data45,
            };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
      } else {
        const err91 = {
          instancePath: instancePath + '/incidents',
          schemaPath: '#/properties/incidents/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema66.properties.incidents.type,
          parentSchema: schema66.properties.incidents,
          data: data39,
        };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      }
    }
    if (data.exceptions !== void 0) {
      let data47 = data.exceptions;
      if (data47 && typeof data47 == 'object' && !Array.isArray(data47)) {
        for (const key15 in data47) {
          if (!(key15 === 'max_days' || key15 === 'waivable')) {
            const err92 = {
              instancePath: instancePath + '/exceptions',
              schemaPath: '#/properties/exceptions/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key15 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema66.properties.exceptions,
              data: data47,
            };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
        if (data47.max_days !== void 0) {
          let data48 = data47.max_days;
          if (!(typeof data48 == 'number' && !(data48 % 1) && !isNaN(data48) && isFinite(data48))) {
            const err93 = {
              instancePath: instancePath + '/exceptions/max_days',
              schemaPath: '#/properties/exceptions/properties/max_days/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema66.properties.exceptions.properties.max_days.type,
              parentSchema: schema66.properties.exceptions.properties.max_days,
              data: data48,
            };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
          if (typeof data48 == 'number' && isFinite(data48)) {
            if (data48 > 365 || isNaN(data48)) {
              const err94 = {
                instancePath: instancePath + '/exceptions/max_days',
                schemaPath: '#/properties/exceptions/properties/max_days/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 365 },
                message: 'must be <= 365',
                schema: 365,
                parentSchema: schema66.properties.exceptions.properties.max_days,
                data: data48,
              };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
            if (data48 < 1 || isNaN(data48)) {
              const err95 = {
                instancePath: instancePath + '/exceptions/max_days',
                schemaPath: '#/properties/exceptions/properties/max_days/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema66.properties.exceptions.properties.max_days,
                data: data48,
              };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
          }
        }
        if (data47.waivable !== void 0) {
          let data49 = data47.waivable;
          if (data49 && typeof data49 == 'object' && !Array.isArray(data49)) {
            for (const key16 in data49) {
              const _errs116 = errors;
              if (typeof key16 !== 'string') {
                const err96 = {
                  instancePath: instancePath + '/exceptions/waivable',
                  schemaPath: '#/$defs/waivableRuleId/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema109.type,
                  parentSchema: schema109,
                  data: key16,
                  propertyName: key16,
                };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
              if (!(
                key16 === 'version-bump' ||
                key16 === 'signoff-stale' ||
                key16 === 'blackout-window' ||
                key16 === 'lead-time' ||
                key16 === 'release-conflict' ||
                key16 === 'rollback-plan' ||
                key16 === 'deployment-strategy' ||
                key16 === 'notes-section' ||
                key16 === 'notes-placeholder' ||
                key16 === 'customer-communication'
              )) {
                const err97 = {
                  instancePath: instancePath + '/exceptions/waivable',
                  schemaPath: '#/$defs/waivableRuleId/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema109.enum },
                  message: 'must be equal to one of the allowed values',
                  schema: schema109.enum,
                  parentSchema: schema109,
                  data: key16,
                  propertyName: key16,
                };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
              var valid35 = _errs116 === errors;
              if (!valid35) {
                const err98 = {
                  instancePath: instancePath + '/exceptions/waivable',
                  schemaPath: '#/properties/exceptions/properties/waivable/propertyNames',
                  keyword: 'propertyNames',
                  params: { propertyName: key16 },
                  message: 'property name must be valid',
                  schema: schema66.properties.exceptions.properties.waivable.propertyNames,
                  parentSchema: schema66.properties.exceptions.properties.waivable,
                  data: data49,
                };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
            for (const key17 in data49) {
              if (
                !validate48(data49[key17], {
                  instancePath:
                    instancePath + '/exceptions/waivable/' + key17.replace(/~/g, '~0').replace(/\//g, '~1'),
                  parentData: data49,
                  parentDataProperty: key17,
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err99 = {
              instancePath: instancePath + '/exceptions/waivable',
              schemaPath: '#/properties/exceptions/properties/waivable/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema66.properties.exceptions.properties.waivable.type,
              parentSchema: schema66.properties.exceptions.properties.waivable,
              data: data49,
            };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          }
        }
      } else {
        const err100 = {
          instancePath: instancePath + '/exceptions',
          schemaPath: '#/properties/exceptions/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema66.properties.exceptions.type,
          parentSchema: schema66.properties.exceptions,
          data: data47,
        };
        if (vErrors === null) {
          vErrors = [err100];
        } else {
          vErrors.push(err100);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data51 = data.severity;
      if (data51 && typeof data51 == 'object' && !Array.isArray(data51)) {
        for (const key18 in data51) {
          const _errs123 = errors;
          if (typeof key18 !== 'string') {
            const err101 = {
              instancePath: instancePath + '/severity',
              schemaPath: '#/$defs/adjustableRuleId/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema112.type,
              parentSchema: schema112,
              data: key18,
              propertyName: key18,
            };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
          if (!(
            key18 === 'version-bump' ||
            key18 === 'signoff-required' ||
            key18 === 'signoff-stale' ||
            key18 === 'signoff-verified' ||
            key18 === 'blackout-window' ||
            key18 === 'lead-time' ||
            key18 === 'release-conflict' ||
            key18 === 'rollback-plan' ||
            key18 === 'deployment-strategy' ||
            key18 === 'notes-missing' ||
            key18 === 'notes-section' ||
            key18 === 'notes-placeholder' ||
            key18 === 'notes-mismatch' ||
            key18 === 'breaking-change' ||
            key18 === 'customer-communication' ||
            key18 === 'exception-invalid'
          )) {
            const err102 = {
              instancePath: instancePath + '/severity',
              schemaPath: '#/$defs/adjustableRuleId/enum',
              keyword: 'enum',
              params: { allowedValues: schema112.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema112.enum,
              parentSchema: schema112,
              data: key18,
              propertyName: key18,
            };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
          var valid38 = _errs123 === errors;
          if (!valid38) {
            const err103 = {
              instancePath: instancePath + '/severity',
              schemaPath: '#/properties/severity/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key18 },
              message: 'property name must be valid',
              schema: schema66.properties.severity.propertyNames,
              parentSchema: schema66.properties.severity,
              data: data51,
            };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
        for (const key19 in data51) {
          let data52 = data51[key19];
          if (typeof data52 !== 'string') {
            const err104 = {
              instancePath: instancePath + '/severity/' + key19.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/severity/additionalProperties/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema66.properties.severity.additionalProperties.type,
              parentSchema: schema66.properties.severity.additionalProperties,
              data: data52,
            };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
          if (!(data52 === 'error' || data52 === 'warning' || data52 === 'off')) {
            const err105 = {
              instancePath: instancePath + '/severity/' + key19.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/severity/additionalProperties/enum',
              keyword: 'enum',
              params: { allowedValues: schema66.properties.severity.additionalProperties.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema66.properties.severity.additionalProperties.enum,
              parentSchema: schema66.properties.severity.additionalProperties,
              data: data52,
            };
            if (vErrors === null) {
              vErrors = [err105];
            } else {
              vErrors.push(err105);
            }
            errors++;
          }
        }
      } else {
        const err106 = {
          instancePath: instancePath + '/severity',
          schemaPath: '#/properties/severity/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema66.properties.severity.type,
          parentSchema: schema66.properties.severity,
          data: data51,
        };
        if (vErrors === null) {
          vErrors = [err106];
        } else {
          vErrors.push(err106);
        }
        errors++;
      }
    }
    if (data.calendar !== void 0) {
      let data53 = data.calendar;
      if (typeof data53 === 'string') {
        if (func2(data53) > 1024) {
          const err107 = {
            instancePath: instancePath + '/calendar',
            schemaPath: '#/$defs/relativePath/maxLength',
            keyword: 'maxLength',
            params: { limit: 1024 },
            message: 'must NOT have more than 1024 characters',
            schema: 1024,
            parentSchema: schema101,
            data: data53,
          };
          if (vErrors === null) {
            vErrors = [err107];
          } else {
            vErrors.push(err107);
          }
          errors++;
        }
        if (!pattern11.test(data53)) {
          const err108 = {
            instancePath: instancePath + '/calendar',
            schemaPath: '#/$defs/relativePath/pattern',
            keyword: 'pattern',
            params: { pattern: '^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$' },
            message: 'must match pattern "^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$"',
            schema: '^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$',
            parentSchema: schema101,
            data: data53,
          };
          if (vErrors === null) {
            vErrors = [err108];
          } else {
            vErrors.push(err108);
          }
          errors++;
        }
      } else {
        const err109 = {
          instancePath: instancePath + '/calendar',
          schemaPath: '#/$defs/relativePath/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema101.type,
          parentSchema: schema101,
          data: data53,
        };
        if (vErrors === null) {
          vErrors = [err109];
        } else {
          vErrors.push(err109);
        }
        errors++;
      }
    }
    if (data.releases !== void 0) {
      let data54 = data.releases;
      if (typeof data54 === 'string') {
        if (func2(data54) > 1024) {
          const err110 = {
            instancePath: instancePath + '/releases',
            schemaPath: '#/$defs/relativePath/maxLength',
            keyword: 'maxLength',
            params: { limit: 1024 },
            message: 'must NOT have more than 1024 characters',
            schema: 1024,
            parentSchema: schema101,
            data: data54,
          };
          if (vErrors === null) {
            vErrors = [err110];
          } else {
            vErrors.push(err110);
          }
          errors++;
        }
        if (!pattern11.test(data54)) {
          const err111 = {
            instancePath: instancePath + '/releases',
            schemaPath: '#/$defs/relativePath/pattern',
            keyword: 'pattern',
            params: { pattern: '^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$' },
            message: 'must match pattern "^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$"',
            schema: '^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$',
            parentSchema: schema101,
            data: data54,
          };
          if (vErrors === null) {
            vErrors = [err111];
          } else {
            vErrors.push(err111);
          }
          errors++;
        }
      } else {
        const err112 = {
          instancePath: instancePath + '/releases',
          schemaPath: '#/$defs/relativePath/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema101.type,
          parentSchema: schema101,
          data: data54,
        };
        if (vErrors === null) {
          vErrors = [err112];
        } else {
          vErrors.push(err112);
        }
        errors++;
      }
    }
  } else {
    const err113 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema66.type,
      parentSchema: schema66,
      data,
    };
    if (vErrors === null) {
      vErrors = [err113];
    } else {
      vErrors.push(err113);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var calendar = validate50;
var schema115 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://octoacme.github.io/release-policy/schemas/calendar.schema.json',
  title: 'Release calendar',
  description:
    'The shared release calendar: blackout windows, holidays, code freezes, deployment (allow) windows, testing windows, maintenance windows and the planned releases of all teams, with their dependencies. Times are wall-clock times in an IANA time zone (never a fixed offset), so they stay right across daylight-saving changes; blackouts and maintenance windows repeat with RFC 5545 rules, the form an .ics feed carries natively. A wall-clock time that does not exist on a DST change moves forward; an ambiguous one takes its first occurrence.',
  type: 'object',
  additionalProperties: false,
  required: ['timezone'],
  properties: {
    $schema: {
      title: 'Schema URL',
      description:
        'The URL of this schema, for editors that read a `$schema` key rather than the `# yaml-language-server: $schema=\u2026` comment. The checker ignores it.',
      type: 'string',
      minLength: 1,
      examples: ['https://octoacme.github.io/release-policy/schemas/calendar.schema.json'],
    },
    title: {
      $ref: '#/$defs/text',
      title: 'Title',
      description: 'The calendar\u2019s name, shown on the site and as the name of the .ics feed.',
      examples: ['OctoAcme release calendar'],
    },
    description: {
      $ref: '#/$defs/text',
      title: 'Description',
      description: 'What the calendar covers.',
      examples: ['Blackouts, code freezes, maintenance and planned releases of all OctoAcme teams.'],
    },
    timezone: {
      $ref: '#/$defs/ianaTimezone',
      title: 'Time zone',
      description:
        'The calendar\u2019s default IANA time zone: every wall-clock time and date in it is read in this zone unless its entry names another. Fixed offsets (-05:00, UTC+1, GMT-5, Etc/GMT+5) are refused; use UTC for UTC.',
      examples: ['America/New_York', 'Europe/Berlin'],
    },
    blackouts: {
      title: 'Blackout windows',
      description:
        'Periods when releases are blocked (`blackout-window`), each with the release types it blocks, how hard, and who may pass it in an emergency.',
      type: 'array',
      items: { $ref: '#/$defs/blackout' },
      examples: [
        [
          {
            id: 'weekend',
            name: 'No weekend deploys',
            reason: 'No deploys from Friday 15:00 to Monday 09:00, when fewer people are on hand to respond.',
            start: '2026-01-02T15:00',
            end: '2026-01-05T09:00',
            rrule: 'FREQ=WEEKLY',
            blocks: ['patch', 'minor', 'major'],
            enforcement: 'hard',
            exception: {
              types: ['patch'],
              incident_severities: ['SEV1', 'SEV2'],
              approved_by: ['release-manager'],
            },
          },
        ],
      ],
    },
    holidays: {
      title: 'Holidays',
      description: 'Public holidays: whole days on which the listed release types are blocked.',
      type: 'object',
      additionalProperties: false,
      required: ['blocks', 'enforcement', 'dates'],
      properties: {
        blocks: {
          $ref: '#/$defs/blocks',
          title: 'Blocked release types',
          description: 'The release types blocked on a holiday.',
          examples: [['minor', 'major']],
        },
        enforcement: {
          $ref: '#/$defs/enforcement',
          title: 'Enforcement',
          description: 'hard: a release on a holiday is an error; soft: a warning.',
          examples: ['soft'],
        },
        exception: {
          $ref: '#/$defs/blackoutException',
          title: 'Emergency exception',
          description:
            'Who may pass a holiday, and for which releases. Without it, the policy\u2019s `exceptions.waivable.blackout-window` decides.',
          examples: [
            { types: ['patch'], incident_severities: ['SEV1', 'SEV2'], approved_by: ['release-manager'] },
          ],
        },
        timezone: {
          $ref: '#/$defs/ianaTimezone',
          title: 'Time zone',
          description: 'The zone the holiday dates are read in, if not the calendar\u2019s.',
          examples: ['America/New_York', 'Europe/Berlin'],
        },
        dates: {
          title: 'Dates',
          description: 'The holidays, one whole day each (from 00:00 to 00:00 the next day in the zone).',
          type: 'array',
          items: { $ref: '#/$defs/holiday' },
          examples: [[{ date: '2026-11-26', name: 'Thanksgiving Day' }]],
        },
      },
      examples: [
        {
          blocks: ['minor', 'major'],
          enforcement: 'soft',
          dates: [{ date: '2026-11-26', name: 'Thanksgiving Day' }],
        },
      ],
    },
    code_freezes: {
      title: 'Code freezes',
      description: 'Code freeze dates, when release branches are cut, shown on the calendar.',
      type: 'array',
      items: { $ref: '#/$defs/codeFreeze' },
      examples: [
        [
          {
            id: 'payments-api-2-4-0',
            name: 'payments-api 2.4.0 code freeze',
            date: '2026-11-24',
            product: 'payments-api',
            release: '2.4.0',
          },
        ],
      ],
    },
    deployment_windows: {
      title: 'Deployment windows',
      description:
        'Periods in which releases are allowed, per release type (`blackout-window`): once a type has windows, a release of that type must fit its whole deployment window inside one of them. Deny beats allow: blackouts apply inside them too.',
      type: 'array',
      items: { $ref: '#/$defs/deploymentWindow' },
      examples: [
        [
          {
            id: 'weekday-hours',
            name: 'Weekday deploy hours',
            types: ['minor', 'major'],
            enforcement: 'soft',
            start: '2026-01-05T08:00',
            end: '2026-01-05T18:00',
            rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
          },
        ],
      ],
    },
    testing_windows: {
      title: 'Testing windows',
      description:
        'Integration and acceptance testing of planned releases, shown on the calendar; a release planned before its testing window ends is a `lead-time` error.',
      type: 'array',
      items: { $ref: '#/$defs/testingWindow' },
      examples: [
        [
          {
            id: 'payments-api-2-4-0-testing',
            name: 'payments-api 2.4.0 acceptance testing',
            product: 'payments-api',
            release: '2.4.0',
            start: '2026-11-24',
            end: '2026-12-05',
          },
        ],
      ],
    },
    maintenance: {
      title: 'Maintenance windows',
      description:
        'Planned maintenance of shared systems. A release whose window overlaps one is reported by `release-conflict` (a warning) when it touches one of the window\u2019s `systems` (release.yml `systems`), is a release of one of its `products`, or lists no systems at all (then nobody can tell).',
      type: 'array',
      items: { $ref: '#/$defs/maintenanceWindow' },
      examples: [
        [
          {
            id: 'db-maintenance',
            name: 'Database maintenance',
            start: '2026-01-03T02:00',
            end: '2026-01-03T06:00',
            rrule: 'FREQ=MONTHLY;BYDAY=+1SA',
            systems: ['postgres'],
          },
        ],
      ],
    },
    releases: {
      title: 'Planned releases',
      description:
        'The planned releases of all teams. `release-conflict` warns when a release overlaps another one, and reports a dependency planned after the release that needs it.',
      type: 'array',
      items: { $ref: '#/$defs/plannedRelease' },
      examples: [
        [
          {
            product: 'payments-api',
            version: '2.4.0',
            type: 'minor',
            date: '2026-12-08T15:00:00-05:00',
            window_end: '2026-12-08T17:00:00-05:00',
            manager: '@dana',
            depends_on: [{ product: 'ledger', version: '5.1.0' }],
          },
        ],
      ],
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
    incidentSeverity: {
      title: 'an incident severity',
      description:
        'SEV1 (critical), SEV2 (high), SEV3 (medium) or SEV4 (low), from the guide\u2019s incident severity levels.',
      type: 'string',
      enum: ['SEV1', 'SEV2', 'SEV3', 'SEV4'],
      examples: ['SEV1'],
    },
    roleId: {
      title: 'a role id (lowercase words joined by hyphens, like "qa-lead")',
      description:
        'The id of a role defined under `roles` in the policy, such as release-manager, qa-lead or tech-lead. Written in lowercase with hyphens; the policy loader checks that the role exists.',
      type: 'string',
      pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
      maxLength: 64,
      examples: ['release-manager', 'qa-lead'],
    },
    ianaTimezone: {
      title: 'an IANA time zone name like America/New_York or UTC (fixed offsets are refused)',
      description:
        'A zone from the IANA time zone database, Area/Location (America/New_York, Europe/Berlin, America/Argentina/Buenos_Aires), or UTC / Etc/UTC. Fixed offsets such as -05:00, UTC+1, GMT-5 or Etc/GMT+5 are refused because they ignore daylight-saving time. The checker also verifies the zone exists.',
      type: 'string',
      pattern:
        '^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$',
      maxLength: 64,
      examples: ['America/New_York', 'UTC', 'America/Argentina/Buenos_Aires'],
    },
    localDate: {
      title: 'a date (like 2026-11-26)',
      description: 'YYYY-MM-DD, a whole day in the zone.',
      type: 'string',
      pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$',
      format: 'date',
      examples: ['2026-11-26'],
    },
    localDateTime: {
      title: 'a local date (like 2026-12-18) or date and time (like 2026-01-02T15:00) without an offset',
      description:
        'A wall-clock value in the entry\u2019s zone: YYYY-MM-DD (that day at 00:00) or YYYY-MM-DDTHH:MM. No seconds and no offset: the zone gives the offset.',
      type: 'string',
      pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
      examples: ['2026-12-18', '2026-01-02T15:00'],
    },
    rrule: {
      title: 'an RFC 5545 RRULE value starting with FREQ= (like FREQ=WEEKLY)',
      description:
        'FREQ=DAILY, WEEKLY, MONTHLY or YEARLY, then ;-separated rule parts UNTIL, COUNT, INTERVAL, BYDAY, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYMONTH, BYSETPOS or WKST. No DTSTART (that is `start`) and no BYHOUR, BYMINUTE or BYSECOND.',
      type: 'string',
      pattern:
        '^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;(?:UNTIL|COUNT|INTERVAL|BYDAY|BYMONTHDAY|BYYEARDAY|BYWEEKNO|BYMONTH|BYSETPOS|WKST)=[A-Z0-9,+-]+)*$',
      maxLength: 300,
      examples: ['FREQ=WEEKLY', 'FREQ=YEARLY;BYMONTH=11;BYDAY=+4TH'],
    },
    blocks: {
      title: 'a list of release types',
      description: 'patch, minor and/or major, each at most once.',
      type: 'array',
      items: { $ref: '#/$defs/releaseType' },
      minItems: 1,
      uniqueItems: true,
      examples: [['minor', 'major']],
    },
    enforcement: {
      title: 'an enforcement level',
      description: 'hard (error) or soft (warning).',
      type: 'string',
      enum: ['hard', 'soft'],
      examples: ['hard'],
    },
    blackoutException: {
      title: 'Emergency exception',
      description:
        'Which releases may pass this window and who approves them. A release passes when its type is in `types`, its `incident.severity` is in `incident_severities`, and its `exceptions` hold a valid `blackout-window` waiver approved by a holder of one of `approved_by` (these roles replace the policy\u2019s granting roles for this window). Without an `exception`, a window follows the policy alone: any release may pass with a waiver approved by a role in the policy\u2019s `exceptions.waivable.blackout-window`.',
      type: 'object',
      additionalProperties: false,
      required: ['types', 'approved_by'],
      properties: {
        types: {
          $ref: '#/$defs/blocks',
          title: 'Release types',
          description: 'The release types that may pass (OctoAcme: patch).',
          examples: [['patch']],
        },
        incident_severities: {
          title: 'Incident severities',
          description:
            'The severities of the incident the release must fix (release.yml `incident.severity`). Leave out to use the policy\u2019s `incidents.emergency`.',
          type: 'array',
          items: { $ref: '#/$defs/incidentSeverity' },
          minItems: 1,
          uniqueItems: true,
          examples: [['SEV1', 'SEV2']],
        },
        approved_by: {
          title: 'Approved by (roles)',
          description: 'The policy roles whose holders may approve the waiver.',
          type: 'array',
          items: { $ref: '#/$defs/roleId' },
          minItems: 1,
          uniqueItems: true,
          examples: [['release-manager']],
        },
      },
      examples: [
        { types: ['patch'], incident_severities: ['SEV1', 'SEV2'], approved_by: ['release-manager'] },
      ],
    },
    blackout: {
      title: 'Blackout window',
      description:
        'A period when releases of the listed types are blocked. With `rrule` it repeats; without, it happens once.',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'reason', 'start', 'end', 'blocks', 'enforcement'],
      properties: {
        id: {
          $ref: '#/$defs/slug',
          title: 'Id',
          description:
            'A stable id, unique in the calendar: findings name it and the .ics feed derives its UID from it.',
          examples: ['year-end-freeze', 'weekend'],
        },
        name: {
          $ref: '#/$defs/text',
          title: 'Name',
          description: 'The window\u2019s name, as findings and the calendar show it.',
          examples: ['Year-end freeze'],
        },
        reason: {
          $ref: '#/$defs/text',
          title: 'Reason',
          description: 'Why releases are blocked in this window.',
          examples: ['Reduced staffing over the holidays.'],
        },
        start: {
          $ref: '#/$defs/localDateTime',
          title: 'Start',
          description:
            'The start of the first occurrence, in the zone: a date (from 00:00) or a date and time.',
          examples: ['2025-12-18', '2026-01-02T15:00'],
        },
        end: {
          $ref: '#/$defs/localDateTime',
          title: 'End (exclusive)',
          description:
            'The end of the first occurrence, exclusive: a date means 00:00 of that day, so `end: 2026-01-04` blocks up to the end of January 3. After `start`.',
          examples: ['2026-01-04', '2026-01-05T09:00'],
        },
        timezone: {
          $ref: '#/$defs/ianaTimezone',
          title: 'Time zone',
          description: 'The zone of `start`, `end` and `exdates`, if not the calendar\u2019s.',
          examples: ['America/New_York', 'Europe/Berlin'],
        },
        rrule: {
          $ref: '#/$defs/rrule',
          title: 'Recurrence rule',
          description:
            'An RFC 5545 RRULE value that repeats the window: `start` is the first occurrence (DTSTART) and every occurrence keeps the duration from `start` to `end`, in wall-clock time of the zone (across DST changes too). FREQ comes first; no DTSTART, no BYHOUR/BYMINUTE/BYSECOND: the time of day is the one in `start`.',
          examples: ['FREQ=WEEKLY', 'FREQ=YEARLY;BYMONTH=11;BYDAY=+4TH', 'FREQ=MONTHLY;BYDAY=+1SA'],
        },
        exdates: {
          title: 'Skipped occurrences',
          description: 'Starts of occurrences of the window to skip (RFC 5545 EXDATE), written like `start`.',
          type: 'array',
          items: { $ref: '#/$defs/localDateTime' },
          uniqueItems: true,
          examples: [['2026-12-25T15:00']],
        },
        blocks: {
          $ref: '#/$defs/blocks',
          title: 'Blocked release types',
          description: 'The release types this window blocks.',
          examples: [['patch', 'minor', 'major']],
        },
        enforcement: {
          $ref: '#/$defs/enforcement',
          title: 'Enforcement',
          description: 'hard: a release in the window is an error; soft: a warning.',
          examples: ['hard'],
        },
        exception: {
          $ref: '#/$defs/blackoutException',
          title: 'Emergency exception',
          description:
            'Who may pass this window, and for which releases. Without it, the policy\u2019s `exceptions.waivable.blackout-window` decides who may waive it.',
          examples: [
            { types: ['patch'], incident_severities: ['SEV1', 'SEV2'], approved_by: ['release-manager'] },
          ],
        },
        products: {
          $ref: '#/$defs/products',
          title: 'Products',
          description:
            'Scope: the window blocks only releases of these products (with `systems` too: releases of these products or touching these systems). Leave out both for a window that blocks every release.',
          examples: [['payments-api']],
        },
        systems: {
          $ref: '#/$defs/systems',
          title: 'Systems',
          description:
            'Scope: the window blocks only releases whose release.yml lists one of these systems under `systems` (with `products` too: or that are releases of those products). Leave out both for a window that blocks every release.',
          examples: [['payments-db']],
        },
      },
      examples: [
        {
          id: 'weekend',
          name: 'No weekend deploys',
          reason: 'No deploys from Friday 15:00 to Monday 09:00, when fewer people are on hand to respond.',
          start: '2026-01-02T15:00',
          end: '2026-01-05T09:00',
          rrule: 'FREQ=WEEKLY',
          blocks: ['patch', 'minor', 'major'],
          enforcement: 'hard',
          exception: {
            types: ['patch'],
            incident_severities: ['SEV1', 'SEV2'],
            approved_by: ['release-manager'],
          },
        },
      ],
    },
    holiday: {
      title: 'Holiday',
      description: 'One holiday: a whole day.',
      type: 'object',
      additionalProperties: false,
      required: ['date', 'name'],
      properties: {
        date: {
          $ref: '#/$defs/localDate',
          title: 'Date',
          description: 'The day (observed date when the holiday falls on a weekend).',
          examples: ['2026-11-26'],
        },
        name: {
          $ref: '#/$defs/text',
          title: 'Name',
          description: 'The holiday\u2019s name.',
          examples: ['Thanksgiving Day'],
        },
      },
      examples: [{ date: '2026-11-26', name: 'Thanksgiving Day' }],
    },
    codeFreeze: {
      title: 'Code freeze',
      description: 'A code freeze (branch cut) date, for one release, one product or everyone.',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'date'],
      properties: {
        id: {
          $ref: '#/$defs/slug',
          title: 'Id',
          description: 'A stable id, unique in the calendar.',
          examples: ['payments-api-2-4-0'],
        },
        name: {
          $ref: '#/$defs/text',
          title: 'Name',
          description: 'What is frozen, as the calendar shows it.',
          examples: ['payments-api 2.4.0 code freeze'],
        },
        date: {
          $ref: '#/$defs/localDate',
          title: 'Date',
          description: 'The day the branch is cut, in the calendar\u2019s zone.',
          examples: ['2026-11-24'],
        },
        product: {
          $ref: '#/$defs/slug',
          title: 'Product',
          description: 'The product frozen; leave out for a freeze that applies to every product.',
          examples: ['payments-api'],
        },
        release: {
          $ref: '#/$defs/semver',
          title: 'Release',
          description: 'The version whose branch is cut.',
          examples: ['2.4.0'],
        },
      },
      examples: [
        {
          id: 'payments-api-2-4-0',
          name: 'payments-api 2.4.0 code freeze',
          date: '2026-11-24',
          product: 'payments-api',
          release: '2.4.0',
        },
      ],
    },
    maintenanceWindow: {
      title: 'Maintenance window',
      description: 'Planned maintenance of shared systems, once or repeating.',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'start', 'end', 'systems'],
      properties: {
        id: {
          $ref: '#/$defs/slug',
          title: 'Id',
          description: 'A stable id, unique in the calendar.',
          examples: ['db-maintenance'],
        },
        name: {
          $ref: '#/$defs/text',
          title: 'Name',
          description: 'The window\u2019s name.',
          examples: ['Database maintenance'],
        },
        description: {
          $ref: '#/$defs/text',
          title: 'Description',
          description: 'What happens in the window.',
          examples: ['Minor version upgrades and vacuuming of the shared PostgreSQL clusters.'],
        },
        start: {
          $ref: '#/$defs/localDateTime',
          title: 'Start',
          description: 'The start of the first occurrence, in the zone.',
          examples: ['2026-01-03T02:00'],
        },
        end: {
          $ref: '#/$defs/localDateTime',
          title: 'End (exclusive)',
          description: 'The end of the first occurrence, exclusive.',
          examples: ['2026-01-03T06:00'],
        },
        timezone: {
          $ref: '#/$defs/ianaTimezone',
          title: 'Time zone',
          description: 'The zone of `start`, `end` and `exdates`, if not the calendar\u2019s.',
          examples: ['America/New_York', 'Europe/Berlin'],
        },
        rrule: {
          $ref: '#/$defs/rrule',
          title: 'Recurrence rule',
          description:
            'An RFC 5545 RRULE value that repeats the maintenance window: `start` is the first occurrence (DTSTART) and every occurrence keeps the duration from `start` to `end`, in wall-clock time of the zone (across DST changes too). FREQ comes first; no DTSTART, no BYHOUR/BYMINUTE/BYSECOND: the time of day is the one in `start`.',
          examples: ['FREQ=WEEKLY', 'FREQ=YEARLY;BYMONTH=11;BYDAY=+4TH', 'FREQ=MONTHLY;BYDAY=+1SA'],
        },
        exdates: {
          title: 'Skipped occurrences',
          description:
            'Starts of occurrences of the maintenance window to skip (RFC 5545 EXDATE), written like `start`.',
          type: 'array',
          items: { $ref: '#/$defs/localDateTime' },
          uniqueItems: true,
          examples: [['2026-12-25T15:00']],
        },
        systems: {
          title: 'Systems',
          description:
            'The systems under maintenance. A release whose release.yml lists one of them under `systems` and whose window overlaps the maintenance gets a `release-conflict` warning; a release that lists no systems is warned of every maintenance it overlaps, since nobody can tell what it touches.',
          type: 'array',
          items: { $ref: '#/$defs/text' },
          minItems: 1,
          uniqueItems: true,
          examples: [['postgres', 'ledger-db']],
        },
        products: {
          $ref: '#/$defs/products',
          title: 'Products',
          description:
            'Scope: the maintenance concerns releases of these products too, whatever systems they list.',
          examples: [['ledger']],
        },
      },
      examples: [
        {
          id: 'db-maintenance',
          name: 'Database maintenance',
          start: '2026-01-03T02:00',
          end: '2026-01-03T06:00',
          rrule: 'FREQ=MONTHLY;BYDAY=+1SA',
          systems: ['postgres'],
        },
      ],
    },
    plannedRelease: {
      title: 'Planned release',
      description: 'One team\u2019s planned release, as its release.yml will say it.',
      type: 'object',
      additionalProperties: false,
      required: ['product', 'version', 'type', 'date'],
      properties: {
        product: {
          $ref: '#/$defs/slug',
          title: 'Product',
          description: 'The product released, as in its release.yml.',
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
            'When the deployment is planned to be finished (exclusive). Without it, the release is an instant.',
          examples: ['2026-12-08T17:00:00-05:00'],
        },
        manager: {
          $ref: '#/$defs/githubUser',
          title: 'Release Manager',
          description: 'GitHub handle of the release\u2019s Release Manager.',
          examples: ['@dana'],
        },
        depends_on: {
          title: 'Depends on',
          description: 'Releases of other products that must ship first.',
          type: 'array',
          items: { $ref: '#/$defs/dependency' },
          examples: [[{ product: 'ledger', version: '5.1.0' }]],
        },
        systems: {
          $ref: '#/$defs/systems',
          title: 'Systems',
          description:
            'The systems (configuration items) the release changes, as its release.yml lists them: two releases touching the same system at overlapping times conflict.',
          examples: [['payments-db']],
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
          depends_on: [{ product: 'ledger', version: '5.1.0' }],
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
    systems: {
      title: 'a list of systems (configuration items)',
      description:
        'System slugs (databases, clusters, queues, shared services), each at most once: what release.yml lists under `systems`.',
      type: 'array',
      items: { $ref: '#/$defs/slug' },
      minItems: 1,
      uniqueItems: true,
      examples: [['payments-db', 'ledger-db']],
    },
    products: {
      title: 'a list of products',
      description: 'Product slugs, as release.yml names them in `product`, each at most once.',
      type: 'array',
      items: { $ref: '#/$defs/slug' },
      minItems: 1,
      uniqueItems: true,
      examples: [['payments-api', 'ledger']],
    },
    deploymentWindow: {
      title: 'Deployment window',
      description:
        'A period in which releases of the listed types are allowed. Once a release type has deployment windows (in scope for the release), a release of that type whose whole deployment window is not inside one occurrence is a `blackout-window` finding naming the next allowed window; blackouts still apply inside a deployment window (deny beats allow).',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'types', 'enforcement', 'start', 'end'],
      properties: {
        id: {
          $ref: '#/$defs/slug',
          title: 'Id',
          description:
            'A stable id, unique in the calendar: findings name it and the .ics feed derives its UID from it.',
          examples: ['weekday-hours'],
        },
        name: {
          $ref: '#/$defs/text',
          title: 'Name',
          description: 'The window\u2019s name, as findings and the calendar show it.',
          examples: ['Weekday deploy hours'],
        },
        description: {
          $ref: '#/$defs/text',
          title: 'Description',
          description: 'Why releases are allowed in this window, or who staffs it.',
          examples: ['The on-call team is at work.'],
        },
        types: {
          $ref: '#/$defs/blocks',
          title: 'Release types',
          description:
            'The release types this window allows. A type listed by no deployment window may deploy at any time that no blackout blocks.',
          examples: [['minor', 'major']],
        },
        enforcement: {
          $ref: '#/$defs/enforcement',
          title: 'Enforcement',
          description:
            'hard: a release outside every window of its type is an error; soft: a warning. With several windows for a type, the hardest decides.',
          examples: ['soft'],
        },
        start: {
          $ref: '#/$defs/localDateTime',
          title: 'Start',
          description:
            'The start of the first occurrence, in the zone: a date (from 00:00) or a date and time.',
          examples: ['2026-01-05T08:00'],
        },
        end: {
          $ref: '#/$defs/localDateTime',
          title: 'End (exclusive)',
          description: 'The end of the first occurrence, exclusive. After `start`.',
          examples: ['2026-01-05T18:00'],
        },
        timezone: {
          $ref: '#/$defs/ianaTimezone',
          title: 'Time zone',
          description: 'The zone of `start`, `end` and `exdates`, if not the calendar\u2019s.',
          examples: ['America/New_York'],
        },
        rrule: {
          $ref: '#/$defs/rrule',
          title: 'Recurrence rule',
          description:
            'An RFC 5545 RRULE value that repeats the window, as for blackouts: `start` is the first occurrence and every occurrence keeps the wall-clock length from `start` to `end`.',
          examples: ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'],
        },
        exdates: {
          title: 'Skipped occurrences',
          description: 'Starts of occurrences of the window to skip (RFC 5545 EXDATE), written like `start`.',
          type: 'array',
          items: { $ref: '#/$defs/localDateTime' },
          uniqueItems: true,
          examples: [['2026-12-25T08:00']],
        },
        products: {
          $ref: '#/$defs/products',
          title: 'Products',
          description:
            'Scope: the window applies only to releases of these products (with `systems` too: or touching those systems). Leave out both for every release of the listed types.',
          examples: [['payments-api']],
        },
        systems: {
          $ref: '#/$defs/systems',
          title: 'Systems',
          description:
            'Scope: the window applies only to releases that list one of these systems (with `products` too: or are releases of those products).',
          examples: [['payments-db']],
        },
      },
      examples: [
        {
          id: 'weekday-hours',
          name: 'Weekday deploy hours',
          types: ['minor', 'major'],
          enforcement: 'soft',
          start: '2026-01-05T08:00',
          end: '2026-01-05T18:00',
          rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
        },
      ],
    },
    testingWindow: {
      title: 'Testing window',
      description:
        'The integration and acceptance testing of one planned release. A release planned to deploy before its testing window ends is a `lead-time` error.',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'product', 'release', 'start', 'end'],
      properties: {
        id: {
          $ref: '#/$defs/slug',
          title: 'Id',
          description: 'A stable id, unique in the calendar.',
          examples: ['payments-api-2-4-0-testing'],
        },
        name: {
          $ref: '#/$defs/text',
          title: 'Name',
          description: 'What is tested, as the calendar shows it.',
          examples: ['payments-api 2.4.0 acceptance testing'],
        },
        description: {
          $ref: '#/$defs/text',
          title: 'Description',
          description: 'What happens in the window: environments, test suites, who signs off.',
          examples: ['Integration and acceptance testing on staging.'],
        },
        product: {
          $ref: '#/$defs/slug',
          title: 'Product',
          description: 'The product tested, as in its release.yml.',
          examples: ['payments-api'],
        },
        release: {
          $ref: '#/$defs/semver',
          title: 'Release',
          description: 'The version tested.',
          examples: ['2.4.0'],
        },
        start: {
          $ref: '#/$defs/localDateTime',
          title: 'Start',
          description:
            'When testing starts, in the calendar\u2019s zone: a date (from 00:00) or a date and time.',
          examples: ['2026-11-24'],
        },
        end: {
          $ref: '#/$defs/localDateTime',
          title: 'End (exclusive)',
          description:
            'When testing is done, exclusive: a date means 00:00 of that day. The release may deploy from here on.',
          examples: ['2026-12-05'],
        },
      },
      examples: [
        {
          id: 'payments-api-2-4-0-testing',
          name: 'payments-api 2.4.0 acceptance testing',
          product: 'payments-api',
          release: '2.4.0',
          start: '2026-11-24',
          end: '2026-12-05',
        },
      ],
    },
  },
  examples: [
    {
      title: 'OctoAcme release calendar',
      timezone: 'America/New_York',
      blackouts: [
        {
          id: 'weekend',
          name: 'No weekend deploys',
          reason: 'No deploys from Friday 15:00 to Monday 09:00, when fewer people are on hand to respond.',
          start: '2026-01-02T15:00',
          end: '2026-01-05T09:00',
          rrule: 'FREQ=WEEKLY',
          blocks: ['patch', 'minor', 'major'],
          enforcement: 'hard',
          exception: {
            types: ['patch'],
            incident_severities: ['SEV1', 'SEV2'],
            approved_by: ['release-manager'],
          },
        },
      ],
      holidays: {
        blocks: ['minor', 'major'],
        enforcement: 'soft',
        dates: [{ date: '2026-11-26', name: 'Thanksgiving Day' }],
      },
      code_freezes: [
        {
          id: 'payments-api-2-4-0',
          name: 'payments-api 2.4.0 code freeze',
          date: '2026-11-24',
          product: 'payments-api',
          release: '2.4.0',
        },
      ],
      maintenance: [
        {
          id: 'db-maintenance',
          name: 'Database maintenance',
          start: '2026-01-03T02:00',
          end: '2026-01-03T06:00',
          rrule: 'FREQ=MONTHLY;BYDAY=+1SA',
          systems: ['postgres'],
        },
      ],
      releases: [
        {
          product: 'payments-api',
          version: '2.4.0',
          type: 'minor',
          date: '2026-12-08T15:00:00-05:00',
          window_end: '2026-12-08T17:00:00-05:00',
          manager: '@dana',
          depends_on: [{ product: 'ledger', version: '5.1.0' }],
        },
      ],
    },
  ],
};
var schema116 = {
  title: 'a text with at least one character that is not a space',
  description: 'Free text; it must not be empty or only whitespace.',
  type: 'string',
  pattern: '\\S',
  maxLength: 2e3,
  examples: ['SEV1 fix for INC-4821'],
};
var schema118 = {
  title: 'an IANA time zone name like America/New_York or UTC (fixed offsets are refused)',
  description:
    'A zone from the IANA time zone database, Area/Location (America/New_York, Europe/Berlin, America/Argentina/Buenos_Aires), or UTC / Etc/UTC. Fixed offsets such as -05:00, UTC+1, GMT-5 or Etc/GMT+5 are refused because they ignore daylight-saving time. The checker also verifies the zone exists.',
  type: 'string',
  pattern:
    '^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$',
  maxLength: 64,
  examples: ['America/New_York', 'UTC', 'America/Argentina/Buenos_Aires'],
};
var schema130 = {
  title: 'an enforcement level',
  description: 'hard (error) or soft (warning).',
  type: 'string',
  enum: ['hard', 'soft'],
  examples: ['hard'],
};
var pattern75 = new RegExp(
  '^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$',
  'u',
);
var schema119 = {
  title: 'Blackout window',
  description:
    'A period when releases of the listed types are blocked. With `rrule` it repeats; without, it happens once.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'reason', 'start', 'end', 'blocks', 'enforcement'],
  properties: {
    id: {
      $ref: '#/$defs/slug',
      title: 'Id',
      description:
        'A stable id, unique in the calendar: findings name it and the .ics feed derives its UID from it.',
      examples: ['year-end-freeze', 'weekend'],
    },
    name: {
      $ref: '#/$defs/text',
      title: 'Name',
      description: 'The window\u2019s name, as findings and the calendar show it.',
      examples: ['Year-end freeze'],
    },
    reason: {
      $ref: '#/$defs/text',
      title: 'Reason',
      description: 'Why releases are blocked in this window.',
      examples: ['Reduced staffing over the holidays.'],
    },
    start: {
      $ref: '#/$defs/localDateTime',
      title: 'Start',
      description: 'The start of the first occurrence, in the zone: a date (from 00:00) or a date and time.',
      examples: ['2025-12-18', '2026-01-02T15:00'],
    },
    end: {
      $ref: '#/$defs/localDateTime',
      title: 'End (exclusive)',
      description:
        'The end of the first occurrence, exclusive: a date means 00:00 of that day, so `end: 2026-01-04` blocks up to the end of January 3. After `start`.',
      examples: ['2026-01-04', '2026-01-05T09:00'],
    },
    timezone: {
      $ref: '#/$defs/ianaTimezone',
      title: 'Time zone',
      description: 'The zone of `start`, `end` and `exdates`, if not the calendar\u2019s.',
      examples: ['America/New_York', 'Europe/Berlin'],
    },
    rrule: {
      $ref: '#/$defs/rrule',
      title: 'Recurrence rule',
      description:
        'An RFC 5545 RRULE value that repeats the window: `start` is the first occurrence (DTSTART) and every occurrence keeps the duration from `start` to `end`, in wall-clock time of the zone (across DST changes too). FREQ comes first; no DTSTART, no BYHOUR/BYMINUTE/BYSECOND: the time of day is the one in `start`.',
      examples: ['FREQ=WEEKLY', 'FREQ=YEARLY;BYMONTH=11;BYDAY=+4TH', 'FREQ=MONTHLY;BYDAY=+1SA'],
    },
    exdates: {
      title: 'Skipped occurrences',
      description: 'Starts of occurrences of the window to skip (RFC 5545 EXDATE), written like `start`.',
      type: 'array',
      items: { $ref: '#/$defs/localDateTime' },
      uniqueItems: true,
      examples: [['2026-12-25T15:00']],
    },
    blocks: {
      $ref: '#/$defs/blocks',
      title: 'Blocked release types',
      description: 'The release types this window blocks.',
      examples: [['patch', 'minor', 'major']],
    },
    enforcement: {
      $ref: '#/$defs/enforcement',
      title: 'Enforcement',
      description: 'hard: a release in the window is an error; soft: a warning.',
      examples: ['hard'],
    },
    exception: {
      $ref: '#/$defs/blackoutException',
      title: 'Emergency exception',
      description:
        'Who may pass this window, and for which releases. Without it, the policy\u2019s `exceptions.waivable.blackout-window` decides who may waive it.',
      examples: [
        { types: ['patch'], incident_severities: ['SEV1', 'SEV2'], approved_by: ['release-manager'] },
      ],
    },
    products: {
      $ref: '#/$defs/products',
      title: 'Products',
      description:
        'Scope: the window blocks only releases of these products (with `systems` too: releases of these products or touching these systems). Leave out both for a window that blocks every release.',
      examples: [['payments-api']],
    },
    systems: {
      $ref: '#/$defs/systems',
      title: 'Systems',
      description:
        'Scope: the window blocks only releases whose release.yml lists one of these systems under `systems` (with `products` too: or that are releases of those products). Leave out both for a window that blocks every release.',
      examples: [['payments-db']],
    },
  },
  examples: [
    {
      id: 'weekend',
      name: 'No weekend deploys',
      reason: 'No deploys from Friday 15:00 to Monday 09:00, when fewer people are on hand to respond.',
      start: '2026-01-02T15:00',
      end: '2026-01-05T09:00',
      rrule: 'FREQ=WEEKLY',
      blocks: ['patch', 'minor', 'major'],
      enforcement: 'hard',
      exception: {
        types: ['patch'],
        incident_severities: ['SEV1', 'SEV2'],
        approved_by: ['release-manager'],
      },
    },
  ],
};
var schema120 = {
  title: 'a lowercase slug (letters, digits and single hyphens)',
  description: 'Lowercase letters and digits, words joined by single hyphens, at most 64 characters.',
  type: 'string',
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  maxLength: 64,
  examples: ['payments-api', 'ledger', 'checkout-web'],
};
var schema123 = {
  title: 'a local date (like 2026-12-18) or date and time (like 2026-01-02T15:00) without an offset',
  description:
    'A wall-clock value in the entry\u2019s zone: YYYY-MM-DD (that day at 00:00) or YYYY-MM-DDTHH:MM. No seconds and no offset: the zone gives the offset.',
  type: 'string',
  pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
  examples: ['2026-12-18', '2026-01-02T15:00'],
};
var schema126 = {
  title: 'an RFC 5545 RRULE value starting with FREQ= (like FREQ=WEEKLY)',
  description:
    'FREQ=DAILY, WEEKLY, MONTHLY or YEARLY, then ;-separated rule parts UNTIL, COUNT, INTERVAL, BYDAY, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYMONTH, BYSETPOS or WKST. No DTSTART (that is `start`) and no BYHOUR, BYMINUTE or BYSECOND.',
  type: 'string',
  pattern:
    '^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;(?:UNTIL|COUNT|INTERVAL|BYDAY|BYMONTHDAY|BYYEARDAY|BYWEEKNO|BYMONTH|BYSETPOS|WKST)=[A-Z0-9,+-]+)*$',
  maxLength: 300,
  examples: ['FREQ=WEEKLY', 'FREQ=YEARLY;BYMONTH=11;BYDAY=+4TH'],
};
var pattern79 = new RegExp(
  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
  'u',
);
var pattern82 = new RegExp(
  '^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;(?:UNTIL|COUNT|INTERVAL|BYDAY|BYMONTHDAY|BYYEARDAY|BYWEEKNO|BYMONTH|BYSETPOS|WKST)=[A-Z0-9,+-]+)*$',
  'u',
);
var schema128 = {
  title: 'a list of release types',
  description: 'patch, minor and/or major, each at most once.',
  type: 'array',
  items: { $ref: '#/$defs/releaseType' },
  minItems: 1,
  uniqueItems: true,
  examples: [['minor', 'major']],
};
var schema129 = {
  title: 'a release type',
  description: 'patch (1.2.3 \u2192 1.2.4), minor (1.2.0 \u2192 1.3.0) or major (1.0.0 \u2192 2.0.0).',
  type: 'string',
  enum: ['patch', 'minor', 'major'],
  examples: ['minor'],
};
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
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minItems',
        keyword: 'minItems',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 items',
        schema: 1,
        parentSchema: schema128,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 !== 'string') {
        const err1 = {
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/$defs/releaseType/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema129.type,
          parentSchema: schema129,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === 'patch' || data0 === 'minor' || data0 === 'major')) {
        const err2 = {
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/$defs/releaseType/enum',
          keyword: 'enum',
          params: { allowedValues: schema129.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema129.enum,
          parentSchema: schema129,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--;) {
        for (j0 = i1; j0--;) {
          if (func0(data[i1], data[j0])) {
            const err3 = {
              instancePath,
              schemaPath: '#/uniqueItems',
              keyword: 'uniqueItems',
              params: { i: i1, j: j0 },
              message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
              schema: true,
              parentSchema: schema128,
              data,
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
      schema: schema128.type,
      parentSchema: schema128,
      data,
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { items: true, dynamicProps: false, dynamicItems: false };
var schema131 = {
  title: 'Emergency exception',
  description:
    'Which releases may pass this window and who approves them. A release passes when its type is in `types`, its `incident.severity` is in `incident_severities`, and its `exceptions` hold a valid `blackout-window` waiver approved by a holder of one of `approved_by` (these roles replace the policy\u2019s granting roles for this window). Without an `exception`, a window follows the policy alone: any release may pass with a waiver approved by a role in the policy\u2019s `exceptions.waivable.blackout-window`.',
  type: 'object',
  additionalProperties: false,
  required: ['types', 'approved_by'],
  properties: {
    types: {
      $ref: '#/$defs/blocks',
      title: 'Release types',
      description: 'The release types that may pass (OctoAcme: patch).',
      examples: [['patch']],
    },
    incident_severities: {
      title: 'Incident severities',
      description:
        'The severities of the incident the release must fix (release.yml `incident.severity`). Leave out to use the policy\u2019s `incidents.emergency`.',
      type: 'array',
      items: { $ref: '#/$defs/incidentSeverity' },
      minItems: 1,
      uniqueItems: true,
      examples: [['SEV1', 'SEV2']],
    },
    approved_by: {
      title: 'Approved by (roles)',
      description: 'The policy roles whose holders may approve the waiver.',
      type: 'array',
      items: { $ref: '#/$defs/roleId' },
      minItems: 1,
      uniqueItems: true,
      examples: [['release-manager']],
    },
  },
  examples: [{ types: ['patch'], incident_severities: ['SEV1', 'SEV2'], approved_by: ['release-manager'] }],
};
var schema132 = {
  title: 'an incident severity',
  description:
    'SEV1 (critical), SEV2 (high), SEV3 (medium) or SEV4 (low), from the guide\u2019s incident severity levels.',
  type: 'string',
  enum: ['SEV1', 'SEV2', 'SEV3', 'SEV4'],
  examples: ['SEV1'],
};
var schema133 = {
  title: 'a role id (lowercase words joined by hyphens, like "qa-lead")',
  description:
    'The id of a role defined under `roles` in the policy, such as release-manager, qa-lead or tech-lead. Written in lowercase with hyphens; the policy loader checks that the role exists.',
  type: 'string',
  pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
  maxLength: 64,
  examples: ['release-manager', 'qa-lead'],
};
function validate54(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate54.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.types === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'types' },
        message: "must have required property 'types'",
        schema: schema131.required,
        parentSchema: schema131,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.approved_by === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'approved_by' },
        message: "must have required property 'approved_by'",
        schema: schema131.required,
        parentSchema: schema131,
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
      if (!(key0 === 'types' || key0 === 'incident_severities' || key0 === 'approved_by')) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema131,
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
    if (data.types !== void 0) {
      if (
        !validate52(data.types, {
          instancePath: instancePath + '/types',
          parentData: data,
          parentDataProperty: 'types',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
        errors = vErrors.length;
      }
    }
    if (data.incident_severities !== void 0) {
      let data1 = data.incident_severities;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err3 = {
            instancePath: instancePath + '/incident_severities',
            schemaPath: '#/properties/incident_severities/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema131.properties.incident_severities,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 !== 'string') {
            const err4 = {
              instancePath: instancePath + '/incident_severities/' + i0,
              schemaPath: '#/$defs/incidentSeverity/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema132.type,
              parentSchema: schema132,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (!(data2 === 'SEV1' || data2 === 'SEV2' || data2 === 'SEV3' || data2 === 'SEV4')) {
            const err5 = {
              instancePath: instancePath + '/incident_severities/' + i0,
              schemaPath: '#/$defs/incidentSeverity/enum',
              keyword: 'enum',
              params: { allowedValues: schema132.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema132.enum,
              parentSchema: schema132,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        let i1 = data1.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data1[i1], data1[j0])) {
                const err6 = {
                  instancePath: instancePath + '/incident_severities',
                  schemaPath: '#/properties/incident_severities/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i1, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                  schema: true,
                  parentSchema: schema131.properties.incident_severities,
                  data: data1,
                };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/incident_severities',
          schemaPath: '#/properties/incident_severities/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema131.properties.incident_severities.type,
          parentSchema: schema131.properties.incident_severities,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.approved_by !== void 0) {
      let data3 = data.approved_by;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err8 = {
            instancePath: instancePath + '/approved_by',
            schemaPath: '#/properties/approved_by/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema131.properties.approved_by,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len1 = data3.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data4 = data3[i2];
          if (typeof data4 === 'string') {
            if (func2(data4) > 64) {
              const err9 = {
                instancePath: instancePath + '/approved_by/' + i2,
                schemaPath: '#/$defs/roleId/maxLength',
                keyword: 'maxLength',
                params: { limit: 64 },
                message: 'must NOT have more than 64 characters',
                schema: 64,
                parentSchema: schema133,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (!pattern28.test(data4)) {
              const err10 = {
                instancePath: instancePath + '/approved_by/' + i2,
                schemaPath: '#/$defs/roleId/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$' },
                message: 'must match pattern "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"',
                schema: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
                parentSchema: schema133,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = {
              instancePath: instancePath + '/approved_by/' + i2,
              schemaPath: '#/$defs/roleId/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema133.type,
              parentSchema: schema133,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        let i3 = data3.length;
        let j1;
        if (i3 > 1) {
          outer1: for (; i3--;) {
            for (j1 = i3; j1--;) {
              if (func0(data3[i3], data3[j1])) {
                const err12 = {
                  instancePath: instancePath + '/approved_by',
                  schemaPath: '#/properties/approved_by/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i3, j: j1 },
                  message: 'must NOT have duplicate items (items ## ' + j1 + ' and ' + i3 + ' are identical)',
                  schema: true,
                  parentSchema: schema131.properties.approved_by,
                  data: data3,
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err13 = {
          instancePath: instancePath + '/approved_by',
          schemaPath: '#/properties/approved_by/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema131.properties.approved_by.type,
          parentSchema: schema131.properties.approved_by,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema131.type,
      parentSchema: schema131,
      data,
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
validate54.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema134 = {
  title: 'a list of products',
  description: 'Product slugs, as release.yml names them in `product`, each at most once.',
  type: 'array',
  items: { $ref: '#/$defs/slug' },
  minItems: 1,
  uniqueItems: true,
  examples: [['payments-api', 'ledger']],
};
function validate57(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate57.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minItems',
        keyword: 'minItems',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 items',
        schema: 1,
        parentSchema: schema134,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === 'string') {
        if (func2(data0) > 64) {
          const err1 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema120,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema120,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema120.type,
          parentSchema: schema120,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--;) {
        for (j0 = i1; j0--;) {
          if (func0(data[i1], data[j0])) {
            const err4 = {
              instancePath,
              schemaPath: '#/uniqueItems',
              keyword: 'uniqueItems',
              params: { i: i1, j: j0 },
              message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
              schema: true,
              parentSchema: schema134,
              data,
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
      schema: schema134.type,
      parentSchema: schema134,
      data,
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate57.errors = vErrors;
  return errors === 0;
}
validate57.evaluated = { items: true, dynamicProps: false, dynamicItems: false };
var schema136 = {
  title: 'a list of systems (configuration items)',
  description:
    'System slugs (databases, clusters, queues, shared services), each at most once: what release.yml lists under `systems`.',
  type: 'array',
  items: { $ref: '#/$defs/slug' },
  minItems: 1,
  uniqueItems: true,
  examples: [['payments-db', 'ledger-db']],
};
function validate59(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate59.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minItems',
        keyword: 'minItems',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 items',
        schema: 1,
        parentSchema: schema136,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === 'string') {
        if (func2(data0) > 64) {
          const err1 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema120,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema120,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema120.type,
          parentSchema: schema120,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--;) {
        for (j0 = i1; j0--;) {
          if (func0(data[i1], data[j0])) {
            const err4 = {
              instancePath,
              schemaPath: '#/uniqueItems',
              keyword: 'uniqueItems',
              params: { i: i1, j: j0 },
              message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
              schema: true,
              parentSchema: schema136,
              data,
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
      schema: schema136.type,
      parentSchema: schema136,
      data,
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate59.errors = vErrors;
  return errors === 0;
}
validate59.evaluated = { items: true, dynamicProps: false, dynamicItems: false };
function validate51(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate51.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property 'id'",
        schema: schema119.required,
        parentSchema: schema119,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property 'name'",
        schema: schema119.required,
        parentSchema: schema119,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'reason' },
        message: "must have required property 'reason'",
        schema: schema119.required,
        parentSchema: schema119,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.start === void 0) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'start' },
        message: "must have required property 'start'",
        schema: schema119.required,
        parentSchema: schema119,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.end === void 0) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'end' },
        message: "must have required property 'end'",
        schema: schema119.required,
        parentSchema: schema119,
        data,
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.blocks === void 0) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'blocks' },
        message: "must have required property 'blocks'",
        schema: schema119.required,
        parentSchema: schema119,
        data,
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.enforcement === void 0) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'enforcement' },
        message: "must have required property 'enforcement'",
        schema: schema119.required,
        parentSchema: schema119,
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
      if (!func1.call(schema119.properties, key0)) {
        const err7 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema119,
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
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === 'string') {
        if (func2(data0) > 64) {
          const err8 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema120,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err9 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema120,
            data: data0,
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
          instancePath: instancePath + '/id',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema120.type,
          parentSchema: schema120,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === 'string') {
        if (func2(data1) > 2e3) {
          const err11 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema116,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!pattern27.test(data1)) {
          const err12 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema116,
            data: data1,
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
          instancePath: instancePath + '/name',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema116.type,
          parentSchema: schema116,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data2 = data.reason;
      if (typeof data2 === 'string') {
        if (func2(data2) > 2e3) {
          const err14 = {
            instancePath: instancePath + '/reason',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema116,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (!pattern27.test(data2)) {
          const err15 = {
            instancePath: instancePath + '/reason',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema116,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/reason',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema116.type,
          parentSchema: schema116,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.start !== void 0) {
      let data3 = data.start;
      if (typeof data3 === 'string') {
        if (!pattern79.test(data3)) {
          const err17 = {
            instancePath: instancePath + '/start',
            schemaPath: '#/$defs/localDateTime/pattern',
            keyword: 'pattern',
            params: {
              pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            },
            message:
              'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$"',
            schema: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            parentSchema: schema123,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/start',
          schemaPath: '#/$defs/localDateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema123.type,
          parentSchema: schema123,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.end !== void 0) {
      let data4 = data.end;
      if (typeof data4 === 'string') {
        if (!pattern79.test(data4)) {
          const err19 = {
            instancePath: instancePath + '/end',
            schemaPath: '#/$defs/localDateTime/pattern',
            keyword: 'pattern',
            params: {
              pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            },
            message:
              'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$"',
            schema: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            parentSchema: schema123,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = {
          instancePath: instancePath + '/end',
          schemaPath: '#/$defs/localDateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema123.type,
          parentSchema: schema123,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.timezone !== void 0) {
      let data5 = data.timezone;
      if (typeof data5 === 'string') {
        if (func2(data5) > 64) {
          const err21 = {
            instancePath: instancePath + '/timezone',
            schemaPath: '#/$defs/ianaTimezone/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema118,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (!pattern75.test(data5)) {
          const err22 = {
            instancePath: instancePath + '/timezone',
            schemaPath: '#/$defs/ianaTimezone/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$',
            },
            message:
              'must match pattern "^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$"',
            schema:
              '^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$',
            parentSchema: schema118,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = {
          instancePath: instancePath + '/timezone',
          schemaPath: '#/$defs/ianaTimezone/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema118.type,
          parentSchema: schema118,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.rrule !== void 0) {
      let data6 = data.rrule;
      if (typeof data6 === 'string') {
        if (func2(data6) > 300) {
          const err24 = {
            instancePath: instancePath + '/rrule',
            schemaPath: '#/$defs/rrule/maxLength',
            keyword: 'maxLength',
            params: { limit: 300 },
            message: 'must NOT have more than 300 characters',
            schema: 300,
            parentSchema: schema126,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (!pattern82.test(data6)) {
          const err25 = {
            instancePath: instancePath + '/rrule',
            schemaPath: '#/$defs/rrule/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;(?:UNTIL|COUNT|INTERVAL|BYDAY|BYMONTHDAY|BYYEARDAY|BYWEEKNO|BYMONTH|BYSETPOS|WKST)=[A-Z0-9,+-]+)*$',
            },
            message:
              'must match pattern "^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;(?:UNTIL|COUNT|INTERVAL|BYDAY|BYMONTHDAY|BYYEARDAY|BYWEEKNO|BYMONTH|BYSETPOS|WKST)=[A-Z0-9,+-]+)*$"',
            schema:
              '^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;(?:UNTIL|COUNT|INTERVAL|BYDAY|BYMONTHDAY|BYYEARDAY|BYWEEKNO|BYMONTH|BYSETPOS|WKST)=[A-Z0-9,+-]+)*$',
            parentSchema: schema126,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = {
          instancePath: instancePath + '/rrule',
          schemaPath: '#/$defs/rrule/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema126.type,
          parentSchema: schema126,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.exdates !== void 0) {
      let data7 = data.exdates;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (typeof data8 === 'string') {
            if (!pattern79.test(data8)) {
              const err27 = {
                instancePath: instancePath + '/exdates/' + i0,
                schemaPath: '#/$defs/localDateTime/pattern',
                keyword: 'pattern',
                params: {
                  pattern:
                    '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
                },
                message:
                  'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$"',
                schema:
                  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
                parentSchema: schema123,
                data: data8,
              };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = {
              instancePath: instancePath + '/exdates/' + i0,
              schemaPath: '#/$defs/localDateTime/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema123.type,
              parentSchema: schema123,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        let i1 = data7.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data7[i1], data7[j0])) {
                const err29 = {
                  instancePath: instancePath + '/exdates',
                  schemaPath: '#/properties/exdates/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i1, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                  schema: true,
                  parentSchema: schema119.properties.exdates,
                  data: data7,
                };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err30 = {
          instancePath: instancePath + '/exdates',
          schemaPath: '#/properties/exdates/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema119.properties.exdates.type,
          parentSchema: schema119.properties.exdates,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.blocks !== void 0) {
      if (
        !validate52(data.blocks, {
          instancePath: instancePath + '/blocks',
          parentData: data,
          parentDataProperty: 'blocks',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
        errors = vErrors.length;
      }
    }
    if (data.enforcement !== void 0) {
      let data10 = data.enforcement;
      if (typeof data10 !== 'string') {
        const err31 = {
          instancePath: instancePath + '/enforcement',
          schemaPath: '#/$defs/enforcement/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema130.type,
          parentSchema: schema130,
          data: data10,
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (!(data10 === 'hard' || data10 === 'soft')) {
        const err32 = {
          instancePath: instancePath + '/enforcement',
          schemaPath: '#/$defs/enforcement/enum',
          keyword: 'enum',
          params: { allowedValues: schema130.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema130.enum,
          parentSchema: schema130,
          data: data10,
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.exception !== void 0) {
      if (
        !validate54(data.exception, {
          instancePath: instancePath + '/exception',
          parentData: data,
          parentDataProperty: 'exception',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
        errors = vErrors.length;
      }
    }
    if (data.products !== void 0) {
      if (
        !validate57(data.products, {
          instancePath: instancePath + '/products',
          parentData: data,
          parentDataProperty: 'products',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
    if (data.systems !== void 0) {
      if (
        !validate59(data.systems, {
          instancePath: instancePath + '/systems',
          parentData: data,
          parentDataProperty: 'systems',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err33 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema119.type,
      parentSchema: schema119,
      data,
    };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate51.errors = vErrors;
  return errors === 0;
}
validate51.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema140 = {
  title: 'Holiday',
  description: 'One holiday: a whole day.',
  type: 'object',
  additionalProperties: false,
  required: ['date', 'name'],
  properties: {
    date: {
      $ref: '#/$defs/localDate',
      title: 'Date',
      description: 'The day (observed date when the holiday falls on a weekend).',
      examples: ['2026-11-26'],
    },
    name: {
      $ref: '#/$defs/text',
      title: 'Name',
      description: 'The holiday\u2019s name.',
      examples: ['Thanksgiving Day'],
    },
  },
  examples: [{ date: '2026-11-26', name: 'Thanksgiving Day' }],
};
var schema141 = {
  title: 'a date (like 2026-11-26)',
  description: 'YYYY-MM-DD, a whole day in the zone.',
  type: 'string',
  pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$',
  format: 'date',
  examples: ['2026-11-26'],
};
var pattern88 = new RegExp('^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$', 'u');
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
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.date === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'date' },
        message: "must have required property 'date'",
        schema: schema140.required,
        parentSchema: schema140,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property 'name'",
        schema: schema140.required,
        parentSchema: schema140,
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
      if (!(key0 === 'date' || key0 === 'name')) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema140,
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
    if (data.date !== void 0) {
      let data0 = data.date;
      if (typeof data0 === 'string') {
        if (!pattern88.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/date',
            schemaPath: '#/$defs/localDate/pattern',
            keyword: 'pattern',
            params: { pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$' },
            message: 'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$"',
            schema: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$',
            parentSchema: schema141,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!formats6.validate(data0)) {
          const err4 = {
            instancePath: instancePath + '/date',
            schemaPath: '#/$defs/localDate/format',
            keyword: 'format',
            params: { format: 'date' },
            message: 'must match format "date"',
            schema: 'date',
            parentSchema: schema141,
            data: data0,
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
          instancePath: instancePath + '/date',
          schemaPath: '#/$defs/localDate/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema141.type,
          parentSchema: schema141,
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
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === 'string') {
        if (func2(data1) > 2e3) {
          const err6 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema116,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern27.test(data1)) {
          const err7 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema116,
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
          instancePath: instancePath + '/name',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema116.type,
          parentSchema: schema116,
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
  } else {
    const err9 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema140.type,
      parentSchema: schema140,
      data,
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate64.errors = vErrors;
  return errors === 0;
}
validate64.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema143 = {
  title: 'Code freeze',
  description: 'A code freeze (branch cut) date, for one release, one product or everyone.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'date'],
  properties: {
    id: {
      $ref: '#/$defs/slug',
      title: 'Id',
      description: 'A stable id, unique in the calendar.',
      examples: ['payments-api-2-4-0'],
    },
    name: {
      $ref: '#/$defs/text',
      title: 'Name',
      description: 'What is frozen, as the calendar shows it.',
      examples: ['payments-api 2.4.0 code freeze'],
    },
    date: {
      $ref: '#/$defs/localDate',
      title: 'Date',
      description: 'The day the branch is cut, in the calendar\u2019s zone.',
      examples: ['2026-11-24'],
    },
    product: {
      $ref: '#/$defs/slug',
      title: 'Product',
      description: 'The product frozen; leave out for a freeze that applies to every product.',
      examples: ['payments-api'],
    },
    release: {
      $ref: '#/$defs/semver',
      title: 'Release',
      description: 'The version whose branch is cut.',
      examples: ['2.4.0'],
    },
  },
  examples: [
    {
      id: 'payments-api-2-4-0',
      name: 'payments-api 2.4.0 code freeze',
      date: '2026-11-24',
      product: 'payments-api',
      release: '2.4.0',
    },
  ],
};
var schema148 = {
  title: 'a SemVer 2.0.0 version string (like "2.4.0", without a leading "v")',
  description:
    'MAJOR.MINOR.PATCH with optional -pre-release and +build parts, exactly as https://semver.org/spec/v2.0.0.html defines it (its official regular expression). Quote it in YAML: 1.10 unquoted is the number 1.1.',
  type: 'string',
  pattern:
    '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
  maxLength: 256,
  examples: ['2.4.0', '1.2.4', '3.0.0-rc.1'],
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
    if (data.id === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property 'id'",
        schema: schema143.required,
        parentSchema: schema143,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property 'name'",
        schema: schema143.required,
        parentSchema: schema143,
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
        schema: schema143.required,
        parentSchema: schema143,
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
      if (!(
        key0 === 'id' ||
        key0 === 'name' ||
        key0 === 'date' ||
        key0 === 'product' ||
        key0 === 'release'
      )) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema143,
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
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === 'string') {
        if (func2(data0) > 64) {
          const err4 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema120,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err5 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema120,
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
          instancePath: instancePath + '/id',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema120.type,
          parentSchema: schema120,
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
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === 'string') {
        if (func2(data1) > 2e3) {
          const err7 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema116,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern27.test(data1)) {
          const err8 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema116,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema116.type,
          parentSchema: schema116,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.date !== void 0) {
      let data2 = data.date;
      if (typeof data2 === 'string') {
        if (!pattern88.test(data2)) {
          const err10 = {
            instancePath: instancePath + '/date',
            schemaPath: '#/$defs/localDate/pattern',
            keyword: 'pattern',
            params: { pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$' },
            message: 'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$"',
            schema: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$',
            parentSchema: schema141,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!formats6.validate(data2)) {
          const err11 = {
            instancePath: instancePath + '/date',
            schemaPath: '#/$defs/localDate/format',
            keyword: 'format',
            params: { format: 'date' },
            message: 'must match format "date"',
            schema: 'date',
            parentSchema: schema141,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/date',
          schemaPath: '#/$defs/localDate/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema141.type,
          parentSchema: schema141,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.product !== void 0) {
      let data3 = data.product;
      if (typeof data3 === 'string') {
        if (func2(data3) > 64) {
          const err13 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema120,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern4.test(data3)) {
          const err14 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema120,
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
          instancePath: instancePath + '/product',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema120.type,
          parentSchema: schema120,
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
    if (data.release !== void 0) {
      let data4 = data.release;
      if (typeof data4 === 'string') {
        if (func2(data4) > 256) {
          const err16 = {
            instancePath: instancePath + '/release',
            schemaPath: '#/$defs/semver/maxLength',
            keyword: 'maxLength',
            params: { limit: 256 },
            message: 'must NOT have more than 256 characters',
            schema: 256,
            parentSchema: schema148,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern5.test(data4)) {
          const err17 = {
            instancePath: instancePath + '/release',
            schemaPath: '#/$defs/semver/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            },
            message:
              'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"',
            schema:
              '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            parentSchema: schema148,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/release',
          schemaPath: '#/$defs/semver/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema148.type,
          parentSchema: schema148,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema143.type,
      parentSchema: schema143,
      data,
    };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate66.errors = vErrors;
  return errors === 0;
}
validate66.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema149 = {
  title: 'Deployment window',
  description:
    'A period in which releases of the listed types are allowed. Once a release type has deployment windows (in scope for the release), a release of that type whose whole deployment window is not inside one occurrence is a `blackout-window` finding naming the next allowed window; blackouts still apply inside a deployment window (deny beats allow).',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'types', 'enforcement', 'start', 'end'],
  properties: {
    id: {
      $ref: '#/$defs/slug',
      title: 'Id',
      description:
        'A stable id, unique in the calendar: findings name it and the .ics feed derives its UID from it.',
      examples: ['weekday-hours'],
    },
    name: {
      $ref: '#/$defs/text',
      title: 'Name',
      description: 'The window\u2019s name, as findings and the calendar show it.',
      examples: ['Weekday deploy hours'],
    },
    description: {
      $ref: '#/$defs/text',
      title: 'Description',
      description: 'Why releases are allowed in this window, or who staffs it.',
      examples: ['The on-call team is at work.'],
    },
    types: {
      $ref: '#/$defs/blocks',
      title: 'Release types',
      description:
        'The release types this window allows. A type listed by no deployment window may deploy at any time that no blackout blocks.',
      examples: [['minor', 'major']],
    },
    enforcement: {
      $ref: '#/$defs/enforcement',
      title: 'Enforcement',
      description:
        'hard: a release outside every window of its type is an error; soft: a warning. With several windows for a type, the hardest decides.',
      examples: ['soft'],
    },
    start: {
      $ref: '#/$defs/localDateTime',
      title: 'Start',
      description: 'The start of the first occurrence, in the zone: a date (from 00:00) or a date and time.',
      examples: ['2026-01-05T08:00'],
    },
    end: {
      $ref: '#/$defs/localDateTime',
      title: 'End (exclusive)',
      description: 'The end of the first occurrence, exclusive. After `start`.',
      examples: ['2026-01-05T18:00'],
    },
    timezone: {
      $ref: '#/$defs/ianaTimezone',
      title: 'Time zone',
      description: 'The zone of `start`, `end` and `exdates`, if not the calendar\u2019s.',
      examples: ['America/New_York'],
    },
    rrule: {
      $ref: '#/$defs/rrule',
      title: 'Recurrence rule',
      description:
        'An RFC 5545 RRULE value that repeats the window, as for blackouts: `start` is the first occurrence and every occurrence keeps the wall-clock length from `start` to `end`.',
      examples: ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'],
    },
    exdates: {
      title: 'Skipped occurrences',
      description: 'Starts of occurrences of the window to skip (RFC 5545 EXDATE), written like `start`.',
      type: 'array',
      items: { $ref: '#/$defs/localDateTime' },
      uniqueItems: true,
      examples: [['2026-12-25T08:00']],
    },
    products: {
      $ref: '#/$defs/products',
      title: 'Products',
      description:
        'Scope: the window applies only to releases of these products (with `systems` too: or touching those systems). Leave out both for every release of the listed types.',
      examples: [['payments-api']],
    },
    systems: {
      $ref: '#/$defs/systems',
      title: 'Systems',
      description:
        'Scope: the window applies only to releases that list one of these systems (with `products` too: or are releases of those products).',
      examples: [['payments-db']],
    },
  },
  examples: [
    {
      id: 'weekday-hours',
      name: 'Weekday deploy hours',
      types: ['minor', 'major'],
      enforcement: 'soft',
      start: '2026-01-05T08:00',
      end: '2026-01-05T18:00',
      rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
    },
  ],
};
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
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property 'id'",
        schema: schema149.required,
        parentSchema: schema149,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property 'name'",
        schema: schema149.required,
        parentSchema: schema149,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.types === void 0) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'types' },
        message: "must have required property 'types'",
        schema: schema149.required,
        parentSchema: schema149,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.enforcement === void 0) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'enforcement' },
        message: "must have required property 'enforcement'",
        schema: schema149.required,
        parentSchema: schema149,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.start === void 0) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'start' },
        message: "must have required property 'start'",
        schema: schema149.required,
        parentSchema: schema149,
        data,
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.end === void 0) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'end' },
        message: "must have required property 'end'",
        schema: schema149.required,
        parentSchema: schema149,
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
      if (!func1.call(schema149.properties, key0)) {
        const err6 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema149,
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
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === 'string') {
        if (func2(data0) > 64) {
          const err7 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema120,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err8 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema120,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema120.type,
          parentSchema: schema120,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === 'string') {
        if (func2(data1) > 2e3) {
          const err10 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema116,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern27.test(data1)) {
          const err11 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema116,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema116.type,
          parentSchema: schema116,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 === 'string') {
        if (func2(data2) > 2e3) {
          const err13 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema116,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern27.test(data2)) {
          const err14 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema116,
            data: data2,
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
          instancePath: instancePath + '/description',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema116.type,
          parentSchema: schema116,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.types !== void 0) {
      if (
        !validate52(data.types, {
          instancePath: instancePath + '/types',
          parentData: data,
          parentDataProperty: 'types',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
        errors = vErrors.length;
      }
    }
    if (data.enforcement !== void 0) {
      let data4 = data.enforcement;
      if (typeof data4 !== 'string') {
        const err16 = {
          instancePath: instancePath + '/enforcement',
          schemaPath: '#/$defs/enforcement/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema130.type,
          parentSchema: schema130,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (!(data4 === 'hard' || data4 === 'soft')) {
        const err17 = {
          instancePath: instancePath + '/enforcement',
          schemaPath: '#/$defs/enforcement/enum',
          keyword: 'enum',
          params: { allowedValues: schema130.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema130.enum,
          parentSchema: schema130,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.start !== void 0) {
      let data5 = data.start;
      if (typeof data5 === 'string') {
        if (!pattern79.test(data5)) {
          const err18 = {
            instancePath: instancePath + '/start',
            schemaPath: '#/$defs/localDateTime/pattern',
            keyword: 'pattern',
            params: {
              pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            },
            message:
              'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$"',
            schema: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            parentSchema: schema123,
            data: data5,
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
          instancePath: instancePath + '/start',
          schemaPath: '#/$defs/localDateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema123.type,
          parentSchema: schema123,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.end !== void 0) {
      let data6 = data.end;
      if (typeof data6 === 'string') {
        if (!pattern79.test(data6)) {
          const err20 = {
            instancePath: instancePath + '/end',
            schemaPath: '#/$defs/localDateTime/pattern',
            keyword: 'pattern',
            params: {
              pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            },
            message:
              'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$"',
            schema: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            parentSchema: schema123,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/end',
          schemaPath: '#/$defs/localDateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema123.type,
          parentSchema: schema123,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.timezone !== void 0) {
      let data7 = data.timezone;
      if (typeof data7 === 'string') {
        if (func2(data7) > 64) {
          const err22 = {
            instancePath: instancePath + '/timezone',
            schemaPath: '#/$defs/ianaTimezone/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema118,
            data: data7,
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (!pattern75.test(data7)) {
          const err23 = {
            instancePath: instancePath + '/timezone',
            schemaPath: '#/$defs/ianaTimezone/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$',
            },
            message:
              'must match pattern "^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$"',
            schema:
              '^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$',
            parentSchema: schema118,
            data: data7,
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = {
          instancePath: instancePath + '/timezone',
          schemaPath: '#/$defs/ianaTimezone/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema118.type,
          parentSchema: schema118,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.rrule !== void 0) {
      let data8 = data.rrule;
      if (typeof data8 === 'string') {
        if (func2(data8) > 300) {
          const err25 = {
            instancePath: instancePath + '/rrule',
            schemaPath: '#/$defs/rrule/maxLength',
            keyword: 'maxLength',
            params: { limit: 300 },
            message: 'must NOT have more than 300 characters',
            schema: 300,
            parentSchema: schema126,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (!pattern82.test(data8)) {
          const err26 = {
            instancePath: instancePath + '/rrule',
            schemaPath: '#/$defs/rrule/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;(?:UNTIL|COUNT|INTERVAL|BYDAY|BYMONTHDAY|BYYEARDAY|BYWEEKNO|BYMONTH|BYSETPOS|WKST)=[A-Z0-9,+-]+)*$',
            },
            message:
              'must match pattern "^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;(?:UNTIL|COUNT|INTERVAL|BYDAY|BYMONTHDAY|BYYEARDAY|BYWEEKNO|BYMONTH|BYSETPOS|WKST)=[A-Z0-9,+-]+)*$"',
            schema:
              '^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;(?:UNTIL|COUNT|INTERVAL|BYDAY|BYMONTHDAY|BYYEARDAY|BYWEEKNO|BYMONTH|BYSETPOS|WKST)=[A-Z0-9,+-]+)*$',
            parentSchema: schema126,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = {
          instancePath: instancePath + '/rrule',
          schemaPath: '#/$defs/rrule/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema126.type,
          parentSchema: schema126,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.exdates !== void 0) {
      let data9 = data.exdates;
      if (Array.isArray(data9)) {
        const len0 = data9.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data10 = data9[i0];
          if (typeof data10 === 'string') {
            if (!pattern79.test(data10)) {
              const err28 = {
                instancePath: instancePath + '/exdates/' + i0,
                schemaPath: '#/$defs/localDateTime/pattern',
                keyword: 'pattern',
                params: {
                  pattern:
                    '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
                },
                message:
                  'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$"',
                schema:
                  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
                parentSchema: schema123,
                data: data10,
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = {
              instancePath: instancePath + '/exdates/' + i0,
              schemaPath: '#/$defs/localDateTime/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema123.type,
              parentSchema: schema123,
              data: data10,
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        let i1 = data9.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data9[i1], data9[j0])) {
                const err30 = {
                  instancePath: instancePath + '/exdates',
                  schemaPath: '#/properties/exdates/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i1, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                  schema: true,
                  parentSchema: schema149.properties.exdates,
                  data: data9,
                };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err31 = {
          instancePath: instancePath + '/exdates',
          schemaPath: '#/properties/exdates/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema149.properties.exdates.type,
          parentSchema: schema149.properties.exdates,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.products !== void 0) {
      if (
        !validate57(data.products, {
          instancePath: instancePath + '/products',
          parentData: data,
          parentDataProperty: 'products',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
    if (data.systems !== void 0) {
      if (
        !validate59(data.systems, {
          instancePath: instancePath + '/systems',
          parentData: data,
          parentDataProperty: 'systems',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err32 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema149.type,
      parentSchema: schema149,
      data,
    };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate68.errors = vErrors;
  return errors === 0;
}
validate68.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema159 = {
  title: 'Testing window',
  description:
    'The integration and acceptance testing of one planned release. A release planned to deploy before its testing window ends is a `lead-time` error.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'product', 'release', 'start', 'end'],
  properties: {
    id: {
      $ref: '#/$defs/slug',
      title: 'Id',
      description: 'A stable id, unique in the calendar.',
      examples: ['payments-api-2-4-0-testing'],
    },
    name: {
      $ref: '#/$defs/text',
      title: 'Name',
      description: 'What is tested, as the calendar shows it.',
      examples: ['payments-api 2.4.0 acceptance testing'],
    },
    description: {
      $ref: '#/$defs/text',
      title: 'Description',
      description: 'What happens in the window: environments, test suites, who signs off.',
      examples: ['Integration and acceptance testing on staging.'],
    },
    product: {
      $ref: '#/$defs/slug',
      title: 'Product',
      description: 'The product tested, as in its release.yml.',
      examples: ['payments-api'],
    },
    release: {
      $ref: '#/$defs/semver',
      title: 'Release',
      description: 'The version tested.',
      examples: ['2.4.0'],
    },
    start: {
      $ref: '#/$defs/localDateTime',
      title: 'Start',
      description:
        'When testing starts, in the calendar\u2019s zone: a date (from 00:00) or a date and time.',
      examples: ['2026-11-24'],
    },
    end: {
      $ref: '#/$defs/localDateTime',
      title: 'End (exclusive)',
      description:
        'When testing is done, exclusive: a date means 00:00 of that day. The release may deploy from here on.',
      examples: ['2026-12-05'],
    },
  },
  examples: [
    {
      id: 'payments-api-2-4-0-testing',
      name: 'payments-api 2.4.0 acceptance testing',
      product: 'payments-api',
      release: '2.4.0',
      start: '2026-11-24',
      end: '2026-12-05',
    },
  ],
};
function validate73(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate73.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property 'id'",
        schema: schema159.required,
        parentSchema: schema159,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property 'name'",
        schema: schema159.required,
        parentSchema: schema159,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.product === void 0) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'product' },
        message: "must have required property 'product'",
        schema: schema159.required,
        parentSchema: schema159,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.release === void 0) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'release' },
        message: "must have required property 'release'",
        schema: schema159.required,
        parentSchema: schema159,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.start === void 0) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'start' },
        message: "must have required property 'start'",
        schema: schema159.required,
        parentSchema: schema159,
        data,
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.end === void 0) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'end' },
        message: "must have required property 'end'",
        schema: schema159.required,
        parentSchema: schema159,
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
        key0 === 'id' ||
        key0 === 'name' ||
        key0 === 'description' ||
        key0 === 'product' ||
        key0 === 'release' ||
        key0 === 'start' ||
        key0 === 'end'
      )) {
        const err6 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema159,
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
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === 'string') {
        if (func2(data0) > 64) {
          const err7 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema120,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err8 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema120,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema120.type,
          parentSchema: schema120,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === 'string') {
        if (func2(data1) > 2e3) {
          const err10 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema116,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern27.test(data1)) {
          const err11 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema116,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema116.type,
          parentSchema: schema116,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 === 'string') {
        if (func2(data2) > 2e3) {
          const err13 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema116,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern27.test(data2)) {
          const err14 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema116,
            data: data2,
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
          instancePath: instancePath + '/description',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema116.type,
          parentSchema: schema116,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.product !== void 0) {
      let data3 = data.product;
      if (typeof data3 === 'string') {
        if (func2(data3) > 64) {
          const err16 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema120,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern4.test(data3)) {
          const err17 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema120,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/product',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema120.type,
          parentSchema: schema120,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.release !== void 0) {
      let data4 = data.release;
      if (typeof data4 === 'string') {
        if (func2(data4) > 256) {
          const err19 = {
            instancePath: instancePath + '/release',
            schemaPath: '#/$defs/semver/maxLength',
            keyword: 'maxLength',
            params: { limit: 256 },
            message: 'must NOT have more than 256 characters',
            schema: 256,
            parentSchema: schema148,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!pattern5.test(data4)) {
          const err20 = {
            instancePath: instancePath + '/release',
            schemaPath: '#/$defs/semver/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            },
            message:
              'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"',
            schema:
              '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            parentSchema: schema148,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/release',
          schemaPath: '#/$defs/semver/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema148.type,
          parentSchema: schema148,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.start !== void 0) {
      let data5 = data.start;
      if (typeof data5 === 'string') {
        if (!pattern79.test(data5)) {
          const err22 = {
            instancePath: instancePath + '/start',
            schemaPath: '#/$defs/localDateTime/pattern',
            keyword: 'pattern',
            params: {
              pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            },
            message:
              'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$"',
            schema: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            parentSchema: schema123,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = {
          instancePath: instancePath + '/start',
          schemaPath: '#/$defs/localDateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema123.type,
          parentSchema: schema123,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.end !== void 0) {
      let data6 = data.end;
      if (typeof data6 === 'string') {
        if (!pattern79.test(data6)) {
          const err24 = {
            instancePath: instancePath + '/end',
            schemaPath: '#/$defs/localDateTime/pattern',
            keyword: 'pattern',
            params: {
              pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            },
            message:
              'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$"',
            schema: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            parentSchema: schema123,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = {
          instancePath: instancePath + '/end',
          schemaPath: '#/$defs/localDateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema123.type,
          parentSchema: schema123,
          data: data6,
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
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema159.type,
      parentSchema: schema159,
      data,
    };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate73.errors = vErrors;
  return errors === 0;
}
validate73.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema167 = {
  title: 'Maintenance window',
  description: 'Planned maintenance of shared systems, once or repeating.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'start', 'end', 'systems'],
  properties: {
    id: {
      $ref: '#/$defs/slug',
      title: 'Id',
      description: 'A stable id, unique in the calendar.',
      examples: ['db-maintenance'],
    },
    name: {
      $ref: '#/$defs/text',
      title: 'Name',
      description: 'The window\u2019s name.',
      examples: ['Database maintenance'],
    },
    description: {
      $ref: '#/$defs/text',
      title: 'Description',
      description: 'What happens in the window.',
      examples: ['Minor version upgrades and vacuuming of the shared PostgreSQL clusters.'],
    },
    start: {
      $ref: '#/$defs/localDateTime',
      title: 'Start',
      description: 'The start of the first occurrence, in the zone.',
      examples: ['2026-01-03T02:00'],
    },
    end: {
      $ref: '#/$defs/localDateTime',
      title: 'End (exclusive)',
      description: 'The end of the first occurrence, exclusive.',
      examples: ['2026-01-03T06:00'],
    },
    timezone: {
      $ref: '#/$defs/ianaTimezone',
      title: 'Time zone',
      description: 'The zone of `start`, `end` and `exdates`, if not the calendar\u2019s.',
      examples: ['America/New_York', 'Europe/Berlin'],
    },
    rrule: {
      $ref: '#/$defs/rrule',
      title: 'Recurrence rule',
      description:
        'An RFC 5545 RRULE value that repeats the maintenance window: `start` is the first occurrence (DTSTART) and every occurrence keeps the duration from `start` to `end`, in wall-clock time of the zone (across DST changes too). FREQ comes first; no DTSTART, no BYHOUR/BYMINUTE/BYSECOND: the time of day is the one in `start`.',
      examples: ['FREQ=WEEKLY', 'FREQ=YEARLY;BYMONTH=11;BYDAY=+4TH', 'FREQ=MONTHLY;BYDAY=+1SA'],
    },
    exdates: {
      title: 'Skipped occurrences',
      description:
        'Starts of occurrences of the maintenance window to skip (RFC 5545 EXDATE), written like `start`.',
      type: 'array',
      items: { $ref: '#/$defs/localDateTime' },
      uniqueItems: true,
      examples: [['2026-12-25T15:00']],
    },
    systems: {
      title: 'Systems',
      description:
        'The systems under maintenance. A release whose release.yml lists one of them under `systems` and whose window overlaps the maintenance gets a `release-conflict` warning; a release that lists no systems is warned of every maintenance it overlaps, since nobody can tell what it touches.',
      type: 'array',
      items: { $ref: '#/$defs/text' },
      minItems: 1,
      uniqueItems: true,
      examples: [['postgres', 'ledger-db']],
    },
    products: {
      $ref: '#/$defs/products',
      title: 'Products',
      description:
        'Scope: the maintenance concerns releases of these products too, whatever systems they list.',
      examples: [['ledger']],
    },
  },
  examples: [
    {
      id: 'db-maintenance',
      name: 'Database maintenance',
      start: '2026-01-03T02:00',
      end: '2026-01-03T06:00',
      rrule: 'FREQ=MONTHLY;BYDAY=+1SA',
      systems: ['postgres'],
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
    if (data.id === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property 'id'",
        schema: schema167.required,
        parentSchema: schema167,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property 'name'",
        schema: schema167.required,
        parentSchema: schema167,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.start === void 0) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'start' },
        message: "must have required property 'start'",
        schema: schema167.required,
        parentSchema: schema167,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.end === void 0) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'end' },
        message: "must have required property 'end'",
        schema: schema167.required,
        parentSchema: schema167,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.systems === void 0) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'systems' },
        message: "must have required property 'systems'",
        schema: schema167.required,
        parentSchema: schema167,
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
      if (!func1.call(schema167.properties, key0)) {
        const err5 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema167,
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
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === 'string') {
        if (func2(data0) > 64) {
          const err6 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema120,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err7 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema120,
            data: data0,
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
          instancePath: instancePath + '/id',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema120.type,
          parentSchema: schema120,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === 'string') {
        if (func2(data1) > 2e3) {
          const err9 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema116,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern27.test(data1)) {
          const err10 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema116,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema116.type,
          parentSchema: schema116,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 === 'string') {
        if (func2(data2) > 2e3) {
          const err12 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema116,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern27.test(data2)) {
          const err13 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema116,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema116.type,
          parentSchema: schema116,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.start !== void 0) {
      let data3 = data.start;
      if (typeof data3 === 'string') {
        if (!pattern79.test(data3)) {
          const err15 = {
            instancePath: instancePath + '/start',
            schemaPath: '#/$defs/localDateTime/pattern',
            keyword: 'pattern',
            params: {
              pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            },
            message:
              'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$"',
            schema: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            parentSchema: schema123,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/start',
          schemaPath: '#/$defs/localDateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema123.type,
          parentSchema: schema123,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.end !== void 0) {
      let data4 = data.end;
      if (typeof data4 === 'string') {
        if (!pattern79.test(data4)) {
          const err17 = {
            instancePath: instancePath + '/end',
            schemaPath: '#/$defs/localDateTime/pattern',
            keyword: 'pattern',
            params: {
              pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            },
            message:
              'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$"',
            schema: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            parentSchema: schema123,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/end',
          schemaPath: '#/$defs/localDateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema123.type,
          parentSchema: schema123,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.timezone !== void 0) {
      let data5 = data.timezone;
      if (typeof data5 === 'string') {
        if (func2(data5) > 64) {
          const err19 = {
            instancePath: instancePath + '/timezone',
            schemaPath: '#/$defs/ianaTimezone/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema118,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!pattern75.test(data5)) {
          const err20 = {
            instancePath: instancePath + '/timezone',
            schemaPath: '#/$defs/ianaTimezone/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$',
            },
            message:
              'must match pattern "^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$"',
            schema:
              '^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$',
            parentSchema: schema118,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/timezone',
          schemaPath: '#/$defs/ianaTimezone/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema118.type,
          parentSchema: schema118,
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
    if (data.rrule !== void 0) {
      let data6 = data.rrule;
      if (typeof data6 === 'string') {
        if (func2(data6) > 300) {
          const err22 = {
            instancePath: instancePath + '/rrule',
            schemaPath: '#/$defs/rrule/maxLength',
            keyword: 'maxLength',
            params: { limit: 300 },
            message: 'must NOT have more than 300 characters',
            schema: 300,
            parentSchema: schema126,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (!pattern82.test(data6)) {
          const err23 = {
            instancePath: instancePath + '/rrule',
            schemaPath: '#/$defs/rrule/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;(?:UNTIL|COUNT|INTERVAL|BYDAY|BYMONTHDAY|BYYEARDAY|BYWEEKNO|BYMONTH|BYSETPOS|WKST)=[A-Z0-9,+-]+)*$',
            },
            message:
              'must match pattern "^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;(?:UNTIL|COUNT|INTERVAL|BYDAY|BYMONTHDAY|BYYEARDAY|BYWEEKNO|BYMONTH|BYSETPOS|WKST)=[A-Z0-9,+-]+)*$"',
            schema:
              '^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;(?:UNTIL|COUNT|INTERVAL|BYDAY|BYMONTHDAY|BYYEARDAY|BYWEEKNO|BYMONTH|BYSETPOS|WKST)=[A-Z0-9,+-]+)*$',
            parentSchema: schema126,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = {
          instancePath: instancePath + '/rrule',
          schemaPath: '#/$defs/rrule/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema126.type,
          parentSchema: schema126,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.exdates !== void 0) {
      let data7 = data.exdates;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (typeof data8 === 'string') {
            if (!pattern79.test(data8)) {
              const err25 = {
                instancePath: instancePath + '/exdates/' + i0,
                schemaPath: '#/$defs/localDateTime/pattern',
                keyword: 'pattern',
                params: {
                  pattern:
                    '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
                },
                message:
                  'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$"',
                schema:
                  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
                parentSchema: schema123,
                data: data8,
              };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = {
              instancePath: instancePath + '/exdates/' + i0,
              schemaPath: '#/$defs/localDateTime/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema123.type,
              parentSchema: schema123,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        let i1 = data7.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data7[i1], data7[j0])) {
                const err27 = {
                  instancePath: instancePath + '/exdates',
                  schemaPath: '#/properties/exdates/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i1, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                  schema: true,
                  parentSchema: schema167.properties.exdates,
                  data: data7,
                };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err28 = {
          instancePath: instancePath + '/exdates',
          schemaPath: '#/properties/exdates/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema167.properties.exdates.type,
          parentSchema: schema167.properties.exdates,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.systems !== void 0) {
      let data9 = data.systems;
      if (Array.isArray(data9)) {
        if (data9.length < 1) {
          const err29 = {
            instancePath: instancePath + '/systems',
            schemaPath: '#/properties/systems/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema167.properties.systems,
            data: data9,
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        const len1 = data9.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data10 = data9[i2];
          if (typeof data10 === 'string') {
            if (func2(data10) > 2e3) {
              const err30 = {
                instancePath: instancePath + '/systems/' + i2,
                schemaPath: '#/$defs/text/maxLength',
                keyword: 'maxLength',
                params: { limit: 2e3 },
                message: 'must NOT have more than 2000 characters',
                schema: 2e3,
                parentSchema: schema116,
                data: data10,
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (!pattern27.test(data10)) {
              const err31 = {
                instancePath: instancePath + '/systems/' + i2,
                schemaPath: '#/$defs/text/pattern',
                keyword: 'pattern',
                params: { pattern: '\\S' },
                message: 'must match pattern "\\S"',
                schema: '\\S',
                parentSchema: schema116,
                data: data10,
              };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = {
              instancePath: instancePath + '/systems/' + i2,
              schemaPath: '#/$defs/text/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema116.type,
              parentSchema: schema116,
              data: data10,
            };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        let i3 = data9.length;
        let j1;
        if (i3 > 1) {
          outer1: for (; i3--;) {
            for (j1 = i3; j1--;) {
              if (func0(data9[i3], data9[j1])) {
                const err33 = {
                  instancePath: instancePath + '/systems',
                  schemaPath: '#/properties/systems/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i3, j: j1 },
                  message: 'must NOT have duplicate items (items ## ' + j1 + ' and ' + i3 + ' are identical)',
                  schema: true,
                  parentSchema: schema167.properties.systems,
                  data: data9,
                };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err34 = {
          instancePath: instancePath + '/systems',
          schemaPath: '#/properties/systems/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema167.properties.systems.type,
          parentSchema: schema167.properties.systems,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.products !== void 0) {
      if (
        !validate57(data.products, {
          instancePath: instancePath + '/products',
          parentData: data,
          parentDataProperty: 'products',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err35 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema167.type,
      parentSchema: schema167,
      data,
    };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate75.errors = vErrors;
  return errors === 0;
}
validate75.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema177 = {
  title: 'Planned release',
  description: 'One team\u2019s planned release, as its release.yml will say it.',
  type: 'object',
  additionalProperties: false,
  required: ['product', 'version', 'type', 'date'],
  properties: {
    product: {
      $ref: '#/$defs/slug',
      title: 'Product',
      description: 'The product released, as in its release.yml.',
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
        'When the deployment is planned to be finished (exclusive). Without it, the release is an instant.',
      examples: ['2026-12-08T17:00:00-05:00'],
    },
    manager: {
      $ref: '#/$defs/githubUser',
      title: 'Release Manager',
      description: 'GitHub handle of the release\u2019s Release Manager.',
      examples: ['@dana'],
    },
    depends_on: {
      title: 'Depends on',
      description: 'Releases of other products that must ship first.',
      type: 'array',
      items: { $ref: '#/$defs/dependency' },
      examples: [[{ product: 'ledger', version: '5.1.0' }]],
    },
    systems: {
      $ref: '#/$defs/systems',
      title: 'Systems',
      description:
        'The systems (configuration items) the release changes, as its release.yml lists them: two releases touching the same system at overlapping times conflict.',
      examples: [['payments-db']],
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
      depends_on: [{ product: 'ledger', version: '5.1.0' }],
    },
  ],
};
var schema181 = {
  title: 'an RFC 3339 date-time with its UTC offset (like 2026-12-08T15:00:00-05:00)',
  description:
    'YYYY-MM-DDTHH:MM:SS, optional fractional seconds, then Z or \xB1hh:mm. The offset is required: a time without one is ambiguous.',
  type: 'string',
  pattern:
    '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
  format: 'date-time',
  examples: ['2026-12-08T15:00:00-05:00', '2026-12-08T20:00:00Z'],
};
var schema183 = {
  title: 'a GitHub handle (like "@dana")',
  description: 'An @ then a GitHub login: letters, digits and single inner hyphens, at most 39 characters.',
  type: 'string',
  pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
  maxLength: 40,
  examples: ['@dana', '@carol-ops'],
};
var schema184 = {
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
function validate79(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate79.evaluated;
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
        schema: schema184.required,
        parentSchema: schema184,
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
        schema: schema184.required,
        parentSchema: schema184,
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
          parentSchema: schema184,
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
      let data0 = data.product;
      if (typeof data0 === 'string') {
        if (func2(data0) > 64) {
          const err3 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema120,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err4 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema120,
            data: data0,
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
          instancePath: instancePath + '/product',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema120.type,
          parentSchema: schema120,
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
    if (data.version !== void 0) {
      let data1 = data.version;
      if (typeof data1 === 'string') {
        if (func2(data1) > 256) {
          const err6 = {
            instancePath: instancePath + '/version',
            schemaPath: '#/$defs/semver/maxLength',
            keyword: 'maxLength',
            params: { limit: 256 },
            message: 'must NOT have more than 256 characters',
            schema: 256,
            parentSchema: schema148,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err7 = {
            instancePath: instancePath + '/version',
            schemaPath: '#/$defs/semver/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            },
            message:
              'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"',
            schema:
              '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            parentSchema: schema148,
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
          instancePath: instancePath + '/version',
          schemaPath: '#/$defs/semver/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema148.type,
          parentSchema: schema148,
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
  } else {
    const err9 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema184.type,
      parentSchema: schema184,
      data,
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate79.errors = vErrors;
  return errors === 0;
}
validate79.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
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
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.product === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'product' },
        message: "must have required property 'product'",
        schema: schema177.required,
        parentSchema: schema177,
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
        schema: schema177.required,
        parentSchema: schema177,
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
        schema: schema177.required,
        parentSchema: schema177,
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
        schema: schema177.required,
        parentSchema: schema177,
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
        key0 === 'product' ||
        key0 === 'version' ||
        key0 === 'type' ||
        key0 === 'date' ||
        key0 === 'window_end' ||
        key0 === 'manager' ||
        key0 === 'depends_on' ||
        key0 === 'systems'
      )) {
        const err4 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema177,
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
    if (data.product !== void 0) {
      let data0 = data.product;
      if (typeof data0 === 'string') {
        if (func2(data0) > 64) {
          const err5 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema120,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err6 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema120,
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
          instancePath: instancePath + '/product',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema120.type,
          parentSchema: schema120,
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
    if (data.version !== void 0) {
      let data1 = data.version;
      if (typeof data1 === 'string') {
        if (func2(data1) > 256) {
          const err8 = {
            instancePath: instancePath + '/version',
            schemaPath: '#/$defs/semver/maxLength',
            keyword: 'maxLength',
            params: { limit: 256 },
            message: 'must NOT have more than 256 characters',
            schema: 256,
            parentSchema: schema148,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err9 = {
            instancePath: instancePath + '/version',
            schemaPath: '#/$defs/semver/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            },
            message:
              'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"',
            schema:
              '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            parentSchema: schema148,
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
          instancePath: instancePath + '/version',
          schemaPath: '#/$defs/semver/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema148.type,
          parentSchema: schema148,
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
    if (data.type !== void 0) {
      let data2 = data.type;
      if (typeof data2 !== 'string') {
        const err11 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/$defs/releaseType/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema129.type,
          parentSchema: schema129,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (!(data2 === 'patch' || data2 === 'minor' || data2 === 'major')) {
        const err12 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/$defs/releaseType/enum',
          keyword: 'enum',
          params: { allowedValues: schema129.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema129.enum,
          parentSchema: schema129,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.date !== void 0) {
      let data3 = data.date;
      if (typeof data3 === 'string') {
        if (!pattern7.test(data3)) {
          const err13 = {
            instancePath: instancePath + '/date',
            schemaPath: '#/$defs/dateTime/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
            },
            message:
              'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$"',
            schema:
              '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
            parentSchema: schema181,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!formats0.validate(data3)) {
          const err14 = {
            instancePath: instancePath + '/date',
            schemaPath: '#/$defs/dateTime/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "date-time"',
            schema: 'date-time',
            parentSchema: schema181,
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
          instancePath: instancePath + '/date',
          schemaPath: '#/$defs/dateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema181.type,
          parentSchema: schema181,
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
    if (data.window_end !== void 0) {
      let data4 = data.window_end;
      if (typeof data4 === 'string') {
        if (!pattern7.test(data4)) {
          const err16 = {
            instancePath: instancePath + '/window_end',
            schemaPath: '#/$defs/dateTime/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
            },
            message:
              'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$"',
            schema:
              '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
            parentSchema: schema181,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!formats0.validate(data4)) {
          const err17 = {
            instancePath: instancePath + '/window_end',
            schemaPath: '#/$defs/dateTime/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "date-time"',
            schema: 'date-time',
            parentSchema: schema181,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/window_end',
          schemaPath: '#/$defs/dateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema181.type,
          parentSchema: schema181,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.manager !== void 0) {
      let data5 = data.manager;
      if (typeof data5 === 'string') {
        if (func2(data5) > 40) {
          const err19 = {
            instancePath: instancePath + '/manager',
            schemaPath: '#/$defs/githubUser/maxLength',
            keyword: 'maxLength',
            params: { limit: 40 },
            message: 'must NOT have more than 40 characters',
            schema: 40,
            parentSchema: schema183,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!pattern10.test(data5)) {
          const err20 = {
            instancePath: instancePath + '/manager',
            schemaPath: '#/$defs/githubUser/pattern',
            keyword: 'pattern',
            params: { pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$' },
            message: 'must match pattern "^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$"',
            schema: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
            parentSchema: schema183,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/manager',
          schemaPath: '#/$defs/githubUser/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema183.type,
          parentSchema: schema183,
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
    if (data.depends_on !== void 0) {
      let data6 = data.depends_on;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate79(data6[i0], {
              instancePath: instancePath + '/depends_on/' + i0,
              parentData: data6,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err22 = {
          instancePath: instancePath + '/depends_on',
          schemaPath: '#/properties/depends_on/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema177.properties.depends_on.type,
          parentSchema: schema177.properties.depends_on,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.systems !== void 0) {
      if (
        !validate59(data.systems, {
          instancePath: instancePath + '/systems',
          parentData: data,
          parentDataProperty: 'systems',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err23 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema177.type,
      parentSchema: schema177,
      data,
    };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate78.errors = vErrors;
  return errors === 0;
}
validate78.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate50(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate50.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.timezone === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'timezone' },
        message: "must have required property 'timezone'",
        schema: schema115.required,
        parentSchema: schema115,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema115.properties, key0)) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema115,
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
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 === 'string') {
        if (func2(data0) < 1) {
          const err2 = {
            instancePath: instancePath + '/$schema',
            schemaPath: '#/properties/%24schema/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema115.properties.$schema,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/$schema',
          schemaPath: '#/properties/%24schema/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema115.properties.$schema.type,
          parentSchema: schema115.properties.$schema,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === 'string') {
        if (func2(data1) > 2e3) {
          const err4 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema116,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern27.test(data1)) {
          const err5 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema116,
            data: data1,
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
          instancePath: instancePath + '/title',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema116.type,
          parentSchema: schema116,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 === 'string') {
        if (func2(data2) > 2e3) {
          const err7 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema116,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern27.test(data2)) {
          const err8 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema116,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema116.type,
          parentSchema: schema116,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.timezone !== void 0) {
      let data3 = data.timezone;
      if (typeof data3 === 'string') {
        if (func2(data3) > 64) {
          const err10 = {
            instancePath: instancePath + '/timezone',
            schemaPath: '#/$defs/ianaTimezone/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema118,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern75.test(data3)) {
          const err11 = {
            instancePath: instancePath + '/timezone',
            schemaPath: '#/$defs/ianaTimezone/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$',
            },
            message:
              'must match pattern "^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$"',
            schema:
              '^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$',
            parentSchema: schema118,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/timezone',
          schemaPath: '#/$defs/ianaTimezone/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema118.type,
          parentSchema: schema118,
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
    if (data.blackouts !== void 0) {
      let data4 = data.blackouts;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate51(data4[i0], {
              instancePath: instancePath + '/blackouts/' + i0,
              parentData: data4,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err13 = {
          instancePath: instancePath + '/blackouts',
          schemaPath: '#/properties/blackouts/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema115.properties.blackouts.type,
          parentSchema: schema115.properties.blackouts,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.holidays !== void 0) {
      let data6 = data.holidays;
      if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
        if (data6.blocks === void 0) {
          const err14 = {
            instancePath: instancePath + '/holidays',
            schemaPath: '#/properties/holidays/required',
            keyword: 'required',
            params: { missingProperty: 'blocks' },
            message: "must have required property 'blocks'",
            schema: schema115.properties.holidays.required,
            parentSchema: schema115.properties.holidays,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data6.enforcement === void 0) {
          const err15 = {
            instancePath: instancePath + '/holidays',
            schemaPath: '#/properties/holidays/required',
            keyword: 'required',
            params: { missingProperty: 'enforcement' },
            message: "must have required property 'enforcement'",
            schema: schema115.properties.holidays.required,
            parentSchema: schema115.properties.holidays,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data6.dates === void 0) {
          const err16 = {
            instancePath: instancePath + '/holidays',
            schemaPath: '#/properties/holidays/required',
            keyword: 'required',
            params: { missingProperty: 'dates' },
            message: "must have required property 'dates'",
            schema: schema115.properties.holidays.required,
            parentSchema: schema115.properties.holidays,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        for (const key1 in data6) {
          if (!(
            key1 === 'blocks' ||
            key1 === 'enforcement' ||
            key1 === 'exception' ||
            key1 === 'timezone' ||
            key1 === 'dates'
          )) {
            const err17 = {
              instancePath: instancePath + '/holidays',
              schemaPath: '#/properties/holidays/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema115.properties.holidays,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data6.blocks !== void 0) {
          if (
            !validate52(data6.blocks, {
              instancePath: instancePath + '/holidays/blocks',
              parentData: data6,
              parentDataProperty: 'blocks',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
            errors = vErrors.length;
          }
        }
        if (data6.enforcement !== void 0) {
          let data8 = data6.enforcement;
          if (typeof data8 !== 'string') {
            const err18 = {
              instancePath: instancePath + '/holidays/enforcement',
              schemaPath: '#/$defs/enforcement/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema130.type,
              parentSchema: schema130,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (!(data8 === 'hard' || data8 === 'soft')) {
            const err19 = {
              instancePath: instancePath + '/holidays/enforcement',
              schemaPath: '#/$defs/enforcement/enum',
              keyword: 'enum',
              params: { allowedValues: schema130.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema130.enum,
              parentSchema: schema130,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.exception !== void 0) {
          if (
            !validate54(data6.exception, {
              instancePath: instancePath + '/holidays/exception',
              parentData: data6,
              parentDataProperty: 'exception',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
            errors = vErrors.length;
          }
        }
        if (data6.timezone !== void 0) {
          let data10 = data6.timezone;
          if (typeof data10 === 'string') {
            if (func2(data10) > 64) {
              const err20 = {
                instancePath: instancePath + '/holidays/timezone',
                schemaPath: '#/$defs/ianaTimezone/maxLength',
                keyword: 'maxLength',
                params: { limit: 64 },
                message: 'must NOT have more than 64 characters',
                schema: 64,
                parentSchema: schema118,
                data: data10,
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (!pattern75.test(data10)) {
              const err21 = {
                instancePath: instancePath + '/holidays/timezone',
                schemaPath: '#/$defs/ianaTimezone/pattern',
                keyword: 'pattern',
                params: {
                  pattern:
                    '^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$',
                },
                message:
                  'must match pattern "^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$"',
                schema:
                  '^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$',
                parentSchema: schema118,
                data: data10,
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = {
              instancePath: instancePath + '/holidays/timezone',
              schemaPath: '#/$defs/ianaTimezone/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema118.type,
              parentSchema: schema118,
              data: data10,
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data6.dates !== void 0) {
          let data11 = data6.dates;
          if (Array.isArray(data11)) {
            const len1 = data11.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (
                !validate64(data11[i1], {
                  instancePath: instancePath + '/holidays/dates/' + i1,
                  parentData: data11,
                  parentDataProperty: i1,
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err23 = {
              instancePath: instancePath + '/holidays/dates',
              schemaPath: '#/properties/holidays/properties/dates/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema115.properties.holidays.properties.dates.type,
              parentSchema: schema115.properties.holidays.properties.dates,
              data: data11,
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = {
          instancePath: instancePath + '/holidays',
          schemaPath: '#/properties/holidays/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema115.properties.holidays.type,
          parentSchema: schema115.properties.holidays,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.code_freezes !== void 0) {
      let data13 = data.code_freezes;
      if (Array.isArray(data13)) {
        const len2 = data13.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (
            !validate66(data13[i2], {
              instancePath: instancePath + '/code_freezes/' + i2,
              parentData: data13,
              parentDataProperty: i2,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err25 = {
          instancePath: instancePath + '/code_freezes',
          schemaPath: '#/properties/code_freezes/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema115.properties.code_freezes.type,
          parentSchema: schema115.properties.code_freezes,
          data: data13,
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.deployment_windows !== void 0) {
      let data15 = data.deployment_windows;
      if (Array.isArray(data15)) {
        const len3 = data15.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (
            !validate68(data15[i3], {
              instancePath: instancePath + '/deployment_windows/' + i3,
              parentData: data15,
              parentDataProperty: i3,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err26 = {
          instancePath: instancePath + '/deployment_windows',
          schemaPath: '#/properties/deployment_windows/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema115.properties.deployment_windows.type,
          parentSchema: schema115.properties.deployment_windows,
          data: data15,
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.testing_windows !== void 0) {
      let data17 = data.testing_windows;
      if (Array.isArray(data17)) {
        const len4 = data17.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (
            !validate73(data17[i4], {
              instancePath: instancePath + '/testing_windows/' + i4,
              parentData: data17,
              parentDataProperty: i4,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err27 = {
          instancePath: instancePath + '/testing_windows',
          schemaPath: '#/properties/testing_windows/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema115.properties.testing_windows.type,
          parentSchema: schema115.properties.testing_windows,
          data: data17,
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.maintenance !== void 0) {
      let data19 = data.maintenance;
      if (Array.isArray(data19)) {
        const len5 = data19.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (
            !validate75(data19[i5], {
              instancePath: instancePath + '/maintenance/' + i5,
              parentData: data19,
              parentDataProperty: i5,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err28 = {
          instancePath: instancePath + '/maintenance',
          schemaPath: '#/properties/maintenance/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema115.properties.maintenance.type,
          parentSchema: schema115.properties.maintenance,
          data: data19,
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.releases !== void 0) {
      let data21 = data.releases;
      if (Array.isArray(data21)) {
        const len6 = data21.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (
            !validate78(data21[i6], {
              instancePath: instancePath + '/releases/' + i6,
              parentData: data21,
              parentDataProperty: i6,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err29 = {
          instancePath: instancePath + '/releases',
          schemaPath: '#/properties/releases/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema115.properties.releases.type,
          parentSchema: schema115.properties.releases,
          data: data21,
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema115.type,
      parentSchema: schema115,
      data,
    };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
validate50.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var releases = validate83;
var schema187 = {
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
var schema188 = {
  title: 'an RFC 3339 date-time with its UTC offset (like 2026-12-08T15:00:00-05:00)',
  description:
    'YYYY-MM-DDTHH:MM:SS, optional fractional seconds, then Z or \xB1hh:mm. The offset is required: a time without one is ambiguous.',
  type: 'string',
  pattern:
    '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
  format: 'date-time',
  examples: ['2026-12-08T15:00:00-05:00', '2026-12-08T20:00:00Z'],
};
var schema201 = {
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
var pattern126 = new RegExp('^[A-Za-z0-9](?:-?[A-Za-z0-9])*$', 'u');
var schema189 = {
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
var schema190 = {
  title: 'a lowercase slug (letters, digits and single hyphens)',
  description: 'Lowercase letters and digits, words joined by single hyphens, at most 64 characters.',
  type: 'string',
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  maxLength: 64,
  examples: ['payments-api', 'ledger', 'checkout-web'],
};
var schema191 = {
  title: 'a SemVer 2.0.0 version string (like "2.4.0", without a leading "v")',
  description:
    'MAJOR.MINOR.PATCH with optional -pre-release and +build parts, exactly as https://semver.org/spec/v2.0.0.html defines it (its official regular expression). Quote it in YAML: 1.10 unquoted is the number 1.1.',
  type: 'string',
  pattern:
    '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
  maxLength: 256,
  examples: ['2.4.0', '1.2.4', '3.0.0-rc.1'],
};
var schema192 = {
  title: 'a release type',
  description: 'patch (1.2.3 \u2192 1.2.4), minor (1.2.0 \u2192 1.3.0) or major (1.0.0 \u2192 2.0.0).',
  type: 'string',
  enum: ['patch', 'minor', 'major'],
  examples: ['minor'],
};
var schema195 = {
  title: 'a GitHub handle (like "@dana")',
  description: 'An @ then a GitHub login: letters, digits and single inner hyphens, at most 39 characters.',
  type: 'string',
  pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
  maxLength: 40,
  examples: ['@dana', '@carol-ops'],
};
var schema200 = {
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
var pattern136 = new RegExp('^[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9._-]{1,100}$', 'u');
var pattern137 = new RegExp('^[0-9a-f]{40}(?:[0-9a-f]{24})?$', 'u');
var pattern138 = new RegExp('^https?://', 'u');
var formats42 = require_formats().fullFormats.uri;
var schema196 = {
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
function validate85(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate85.evaluated;
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
        schema: schema196.required,
        parentSchema: schema196,
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
        schema: schema196.required,
        parentSchema: schema196,
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
          parentSchema: schema196,
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
      let data0 = data.product;
      if (typeof data0 === 'string') {
        if (func2(data0) > 64) {
          const err3 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema190,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err4 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema190,
            data: data0,
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
          instancePath: instancePath + '/product',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema190.type,
          parentSchema: schema190,
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
    if (data.version !== void 0) {
      let data1 = data.version;
      if (typeof data1 === 'string') {
        if (func2(data1) > 256) {
          const err6 = {
            instancePath: instancePath + '/version',
            schemaPath: '#/$defs/semver/maxLength',
            keyword: 'maxLength',
            params: { limit: 256 },
            message: 'must NOT have more than 256 characters',
            schema: 256,
            parentSchema: schema191,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err7 = {
            instancePath: instancePath + '/version',
            schemaPath: '#/$defs/semver/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            },
            message:
              'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"',
            schema:
              '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            parentSchema: schema191,
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
          instancePath: instancePath + '/version',
          schemaPath: '#/$defs/semver/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema191.type,
          parentSchema: schema191,
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
  } else {
    const err9 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema196.type,
      parentSchema: schema196,
      data,
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate85.errors = vErrors;
  return errors === 0;
}
validate85.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
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
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.product === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'product' },
        message: "must have required property 'product'",
        schema: schema189.required,
        parentSchema: schema189,
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
        schema: schema189.required,
        parentSchema: schema189,
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
        schema: schema189.required,
        parentSchema: schema189,
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
        schema: schema189.required,
        parentSchema: schema189,
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
        schema: schema189.required,
        parentSchema: schema189,
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
        schema: schema189.required,
        parentSchema: schema189,
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
        schema: schema189.required,
        parentSchema: schema189,
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
      if (!func1.call(schema189.properties, key0)) {
        const err7 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema189,
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
      let data0 = data.product;
      if (typeof data0 === 'string') {
        if (func2(data0) > 64) {
          const err8 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema190,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err9 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema190,
            data: data0,
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
          instancePath: instancePath + '/product',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema190.type,
          parentSchema: schema190,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (typeof data1 === 'string') {
        if (func2(data1) > 256) {
          const err11 = {
            instancePath: instancePath + '/version',
            schemaPath: '#/$defs/semver/maxLength',
            keyword: 'maxLength',
            params: { limit: 256 },
            message: 'must NOT have more than 256 characters',
            schema: 256,
            parentSchema: schema191,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err12 = {
            instancePath: instancePath + '/version',
            schemaPath: '#/$defs/semver/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            },
            message:
              'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"',
            schema:
              '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            parentSchema: schema191,
            data: data1,
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
          instancePath: instancePath + '/version',
          schemaPath: '#/$defs/semver/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema191.type,
          parentSchema: schema191,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data2 = data.type;
      if (typeof data2 !== 'string') {
        const err14 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/$defs/releaseType/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema192.type,
          parentSchema: schema192,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (!(data2 === 'patch' || data2 === 'minor' || data2 === 'major')) {
        const err15 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/$defs/releaseType/enum',
          keyword: 'enum',
          params: { allowedValues: schema192.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema192.enum,
          parentSchema: schema192,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.date !== void 0) {
      let data3 = data.date;
      if (typeof data3 === 'string') {
        if (!pattern7.test(data3)) {
          const err16 = {
            instancePath: instancePath + '/date',
            schemaPath: '#/$defs/dateTime/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
            },
            message:
              'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$"',
            schema:
              '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
            parentSchema: schema188,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!formats0.validate(data3)) {
          const err17 = {
            instancePath: instancePath + '/date',
            schemaPath: '#/$defs/dateTime/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "date-time"',
            schema: 'date-time',
            parentSchema: schema188,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/date',
          schemaPath: '#/$defs/dateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema188.type,
          parentSchema: schema188,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.window_end !== void 0) {
      let data4 = data.window_end;
      if (typeof data4 === 'string') {
        if (!pattern7.test(data4)) {
          const err19 = {
            instancePath: instancePath + '/window_end',
            schemaPath: '#/$defs/dateTime/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
            },
            message:
              'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$"',
            schema:
              '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
            parentSchema: schema188,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!formats0.validate(data4)) {
          const err20 = {
            instancePath: instancePath + '/window_end',
            schemaPath: '#/$defs/dateTime/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "date-time"',
            schema: 'date-time',
            parentSchema: schema188,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/window_end',
          schemaPath: '#/$defs/dateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema188.type,
          parentSchema: schema188,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.manager !== void 0) {
      let data5 = data.manager;
      if (typeof data5 === 'string') {
        if (func2(data5) > 40) {
          const err22 = {
            instancePath: instancePath + '/manager',
            schemaPath: '#/$defs/githubUser/maxLength',
            keyword: 'maxLength',
            params: { limit: 40 },
            message: 'must NOT have more than 40 characters',
            schema: 40,
            parentSchema: schema195,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (!pattern10.test(data5)) {
          const err23 = {
            instancePath: instancePath + '/manager',
            schemaPath: '#/$defs/githubUser/pattern',
            keyword: 'pattern',
            params: { pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$' },
            message: 'must match pattern "^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$"',
            schema: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
            parentSchema: schema195,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = {
          instancePath: instancePath + '/manager',
          schemaPath: '#/$defs/githubUser/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema195.type,
          parentSchema: schema195,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.depends_on !== void 0) {
      let data6 = data.depends_on;
      if (Array.isArray(data6)) {
        if (data6.length > 1e3) {
          const err25 = {
            instancePath: instancePath + '/depends_on',
            schemaPath: '#/properties/depends_on/maxItems',
            keyword: 'maxItems',
            params: { limit: 1e3 },
            message: 'must NOT have more than 1000 items',
            schema: 1e3,
            parentSchema: schema189.properties.depends_on,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate85(data6[i0], {
              instancePath: instancePath + '/depends_on/' + i0,
              parentData: data6,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err26 = {
          instancePath: instancePath + '/depends_on',
          schemaPath: '#/properties/depends_on/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema189.properties.depends_on.type,
          parentSchema: schema189.properties.depends_on,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.systems !== void 0) {
      let data8 = data.systems;
      if (Array.isArray(data8)) {
        if (data8.length > 1e3) {
          const err27 = {
            instancePath: instancePath + '/systems',
            schemaPath: '#/properties/systems/maxItems',
            keyword: 'maxItems',
            params: { limit: 1e3 },
            message: 'must NOT have more than 1000 items',
            schema: 1e3,
            parentSchema: schema189.properties.systems,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          if (typeof data9 === 'string') {
            if (func2(data9) > 64) {
              const err28 = {
                instancePath: instancePath + '/systems/' + i1,
                schemaPath: '#/$defs/system/maxLength',
                keyword: 'maxLength',
                params: { limit: 64 },
                message: 'must NOT have more than 64 characters',
                schema: 64,
                parentSchema: schema190,
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (!pattern4.test(data9)) {
              const err29 = {
                instancePath: instancePath + '/systems/' + i1,
                schemaPath: '#/$defs/system/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
                message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
                schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
                parentSchema: schema190,
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          } else {
            const err30 = {
              instancePath: instancePath + '/systems/' + i1,
              schemaPath: '#/$defs/system/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema190.type,
              parentSchema: schema190,
              data: data9,
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        let i2 = data8.length;
        let j0;
        if (i2 > 1) {
          outer0: for (; i2--;) {
            for (j0 = i2; j0--;) {
              if (func0(data8[i2], data8[j0])) {
                const err31 = {
                  instancePath: instancePath + '/systems',
                  schemaPath: '#/properties/systems/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i2, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i2 + ' are identical)',
                  schema: true,
                  parentSchema: schema189.properties.systems,
                  data: data8,
                };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err32 = {
          instancePath: instancePath + '/systems',
          schemaPath: '#/properties/systems/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema189.properties.systems.type,
          parentSchema: schema189.properties.systems,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data10 = data.source;
      if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
        if (data10.repo === void 0) {
          const err33 = {
            instancePath: instancePath + '/source',
            schemaPath: '#/$defs/source/required',
            keyword: 'required',
            params: { missingProperty: 'repo' },
            message: "must have required property 'repo'",
            schema: schema200.required,
            parentSchema: schema200,
            data: data10,
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (data10.path === void 0) {
          const err34 = {
            instancePath: instancePath + '/source',
            schemaPath: '#/$defs/source/required',
            keyword: 'required',
            params: { missingProperty: 'path' },
            message: "must have required property 'path'",
            schema: schema200.required,
            parentSchema: schema200,
            data: data10,
          };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data10.ref === void 0) {
          const err35 = {
            instancePath: instancePath + '/source',
            schemaPath: '#/$defs/source/required',
            keyword: 'required',
            params: { missingProperty: 'ref' },
            message: "must have required property 'ref'",
            schema: schema200.required,
            parentSchema: schema200,
            data: data10,
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (data10.sha === void 0) {
          const err36 = {
            instancePath: instancePath + '/source',
            schemaPath: '#/$defs/source/required',
            keyword: 'required',
            params: { missingProperty: 'sha' },
            message: "must have required property 'sha'",
            schema: schema200.required,
            parentSchema: schema200,
            data: data10,
          };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (data10.url === void 0) {
          const err37 = {
            instancePath: instancePath + '/source',
            schemaPath: '#/$defs/source/required',
            keyword: 'required',
            params: { missingProperty: 'url' },
            message: "must have required property 'url'",
            schema: schema200.required,
            parentSchema: schema200,
            data: data10,
          };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        for (const key1 in data10) {
          if (!(
            key1 === 'repo' ||
            key1 === 'path' ||
            key1 === 'ref' ||
            key1 === 'sha' ||
            key1 === 'url' ||
            key1 === 'pull'
          )) {
            const err38 = {
              instancePath: instancePath + '/source',
              schemaPath: '#/$defs/source/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema200,
              data: data10,
            };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data10.repo !== void 0) {
          let data11 = data10.repo;
          if (typeof data11 === 'string') {
            if (!pattern136.test(data11)) {
              const err39 = {
                instancePath: instancePath + '/source/repo',
                schemaPath: '#/$defs/source/properties/repo/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9._-]{1,100}$' },
                message: 'must match pattern "^[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9._-]{1,100}$"',
                schema: '^[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9._-]{1,100}$',
                parentSchema: schema200.properties.repo,
                data: data11,
              };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          } else {
            const err40 = {
              instancePath: instancePath + '/source/repo',
              schemaPath: '#/$defs/source/properties/repo/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema200.properties.repo.type,
              parentSchema: schema200.properties.repo,
              data: data11,
            };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data10.path !== void 0) {
          let data12 = data10.path;
          if (typeof data12 === 'string') {
            if (func2(data12) > 4096) {
              const err41 = {
                instancePath: instancePath + '/source/path',
                schemaPath: '#/$defs/source/properties/path/maxLength',
                keyword: 'maxLength',
                params: { limit: 4096 },
                message: 'must NOT have more than 4096 characters',
                schema: 4096,
                parentSchema: schema200.properties.path,
                data: data12,
              };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (func2(data12) < 1) {
              const err42 = {
                instancePath: instancePath + '/source/path',
                schemaPath: '#/$defs/source/properties/path/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema200.properties.path,
                data: data12,
              };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          } else {
            const err43 = {
              instancePath: instancePath + '/source/path',
              schemaPath: '#/$defs/source/properties/path/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema200.properties.path.type,
              parentSchema: schema200.properties.path,
              data: data12,
            };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data10.ref !== void 0) {
          let data13 = data10.ref;
          if (typeof data13 === 'string') {
            if (func2(data13) > 255) {
              const err44 = {
                instancePath: instancePath + '/source/ref',
                schemaPath: '#/$defs/source/properties/ref/maxLength',
                keyword: 'maxLength',
                params: { limit: 255 },
                message: 'must NOT have more than 255 characters',
                schema: 255,
                parentSchema: schema200.properties.ref,
                data: data13,
              };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (func2(data13) < 1) {
              const err45 = {
                instancePath: instancePath + '/source/ref',
                schemaPath: '#/$defs/source/properties/ref/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema200.properties.ref,
                data: data13,
              };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          } else {
            const err46 = {
              instancePath: instancePath + '/source/ref',
              schemaPath: '#/$defs/source/properties/ref/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema200.properties.ref.type,
              parentSchema: schema200.properties.ref,
              data: data13,
            };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data10.sha !== void 0) {
          let data14 = data10.sha;
          if (typeof data14 === 'string') {
            if (!pattern137.test(data14)) {
              const err47 = {
                instancePath: instancePath + '/source/sha',
                schemaPath: '#/$defs/source/properties/sha/pattern',
                keyword: 'pattern',
                params: { pattern: '^[0-9a-f]{40}(?:[0-9a-f]{24})?$' },
                message: 'must match pattern "^[0-9a-f]{40}(?:[0-9a-f]{24})?$"',
                schema: '^[0-9a-f]{40}(?:[0-9a-f]{24})?$',
                parentSchema: schema200.properties.sha,
                data: data14,
              };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          } else {
            const err48 = {
              instancePath: instancePath + '/source/sha',
              schemaPath: '#/$defs/source/properties/sha/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema200.properties.sha.type,
              parentSchema: schema200.properties.sha,
              data: data14,
            };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data10.url !== void 0) {
          let data15 = data10.url;
          if (typeof data15 === 'string') {
            if (func2(data15) > 8192) {
              const err49 = {
                instancePath: instancePath + '/source/url',
                schemaPath: '#/$defs/source/properties/url/maxLength',
                keyword: 'maxLength',
                params: { limit: 8192 },
                message: 'must NOT have more than 8192 characters',
                schema: 8192,
                parentSchema: schema200.properties.url,
                data: data15,
              };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (!pattern138.test(data15)) {
              const err50 = {
                instancePath: instancePath + '/source/url',
                schemaPath: '#/$defs/source/properties/url/pattern',
                keyword: 'pattern',
                params: { pattern: '^https?://' },
                message: 'must match pattern "^https?://"',
                schema: '^https?://',
                parentSchema: schema200.properties.url,
                data: data15,
              };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (!formats42(data15)) {
              const err51 = {
                instancePath: instancePath + '/source/url',
                schemaPath: '#/$defs/source/properties/url/format',
                keyword: 'format',
                params: { format: 'uri' },
                message: 'must match format "uri"',
                schema: 'uri',
                parentSchema: schema200.properties.url,
                data: data15,
              };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          } else {
            const err52 = {
              instancePath: instancePath + '/source/url',
              schemaPath: '#/$defs/source/properties/url/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema200.properties.url.type,
              parentSchema: schema200.properties.url,
              data: data15,
            };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data10.pull !== void 0) {
          let data16 = data10.pull;
          if (!(typeof data16 == 'number' && !(data16 % 1) && !isNaN(data16) && isFinite(data16))) {
            const err53 = {
              instancePath: instancePath + '/source/pull',
              schemaPath: '#/$defs/source/properties/pull/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema200.properties.pull.type,
              parentSchema: schema200.properties.pull,
              data: data16,
            };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
          if (typeof data16 == 'number' && isFinite(data16)) {
            if (data16 < 1 || isNaN(data16)) {
              const err54 = {
                instancePath: instancePath + '/source/pull',
                schemaPath: '#/$defs/source/properties/pull/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema200.properties.pull,
                data: data16,
              };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          }
        }
      } else {
        const err55 = {
          instancePath: instancePath + '/source',
          schemaPath: '#/$defs/source/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema200.type,
          parentSchema: schema200,
          data: data10,
        };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
  } else {
    const err56 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema189.type,
      parentSchema: schema189,
      data,
    };
    if (vErrors === null) {
      vErrors = [err56];
    } else {
      vErrors.push(err56);
    }
    errors++;
  }
  validate84.errors = vErrors;
  return errors === 0;
}
validate84.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
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
    if (data.org === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'org' },
        message: "must have required property 'org'",
        schema: schema187.required,
        parentSchema: schema187,
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
        schema: schema187.required,
        parentSchema: schema187,
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
        schema: schema187.required,
        parentSchema: schema187,
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
        schema: schema187.required,
        parentSchema: schema187,
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
          parentSchema: schema187,
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
          schema: schema187.properties.$schema.type,
          parentSchema: schema187.properties.$schema,
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
        if (func2(data1) > 39) {
          const err6 = {
            instancePath: instancePath + '/org',
            schemaPath: '#/properties/org/maxLength',
            keyword: 'maxLength',
            params: { limit: 39 },
            message: 'must NOT have more than 39 characters',
            schema: 39,
            parentSchema: schema187.properties.org,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern126.test(data1)) {
          const err7 = {
            instancePath: instancePath + '/org',
            schemaPath: '#/properties/org/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9](?:-?[A-Za-z0-9])*$' },
            message: 'must match pattern "^[A-Za-z0-9](?:-?[A-Za-z0-9])*$"',
            schema: '^[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
            parentSchema: schema187.properties.org,
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
          schema: schema187.properties.org.type,
          parentSchema: schema187.properties.org,
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
      let data2 = data.collected_at;
      if (typeof data2 === 'string') {
        if (!pattern7.test(data2)) {
          const err9 = {
            instancePath: instancePath + '/collected_at',
            schemaPath: '#/$defs/dateTime/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
            },
            message:
              'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$"',
            schema:
              '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
            parentSchema: schema188,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!formats0.validate(data2)) {
          const err10 = {
            instancePath: instancePath + '/collected_at',
            schemaPath: '#/$defs/dateTime/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "date-time"',
            schema: 'date-time',
            parentSchema: schema188,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/collected_at',
          schemaPath: '#/$defs/dateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema188.type,
          parentSchema: schema188,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.releases !== void 0) {
      let data3 = data.releases;
      if (Array.isArray(data3)) {
        if (data3.length > 1e5) {
          const err12 = {
            instancePath: instancePath + '/releases',
            schemaPath: '#/properties/releases/maxItems',
            keyword: 'maxItems',
            params: { limit: 1e5 },
            message: 'must NOT have more than 100000 items',
            schema: 1e5,
            parentSchema: schema187.properties.releases,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate84(data3[i0], {
              instancePath: instancePath + '/releases/' + i0,
              parentData: data3,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err13 = {
          instancePath: instancePath + '/releases',
          schemaPath: '#/properties/releases/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema187.properties.releases.type,
          parentSchema: schema187.properties.releases,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.problems !== void 0) {
      let data5 = data.problems;
      if (Array.isArray(data5)) {
        if (data5.length > 1e5) {
          const err14 = {
            instancePath: instancePath + '/problems',
            schemaPath: '#/properties/problems/maxItems',
            keyword: 'maxItems',
            params: { limit: 1e5 },
            message: 'must NOT have more than 100000 items',
            schema: 1e5,
            parentSchema: schema187.properties.problems,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data6 = data5[i1];
          if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
            if (data6.repo === void 0) {
              const err15 = {
                instancePath: instancePath + '/problems/' + i1,
                schemaPath: '#/$defs/problem/required',
                keyword: 'required',
                params: { missingProperty: 'repo' },
                message: "must have required property 'repo'",
                schema: schema201.required,
                parentSchema: schema201,
                data: data6,
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data6.path === void 0) {
              const err16 = {
                instancePath: instancePath + '/problems/' + i1,
                schemaPath: '#/$defs/problem/required',
                keyword: 'required',
                params: { missingProperty: 'path' },
                message: "must have required property 'path'",
                schema: schema201.required,
                parentSchema: schema201,
                data: data6,
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data6.line === void 0) {
              const err17 = {
                instancePath: instancePath + '/problems/' + i1,
                schemaPath: '#/$defs/problem/required',
                keyword: 'required',
                params: { missingProperty: 'line' },
                message: "must have required property 'line'",
                schema: schema201.required,
                parentSchema: schema201,
                data: data6,
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data6.column === void 0) {
              const err18 = {
                instancePath: instancePath + '/problems/' + i1,
                schemaPath: '#/$defs/problem/required',
                keyword: 'required',
                params: { missingProperty: 'column' },
                message: "must have required property 'column'",
                schema: schema201.required,
                parentSchema: schema201,
                data: data6,
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data6.rule === void 0) {
              const err19 = {
                instancePath: instancePath + '/problems/' + i1,
                schemaPath: '#/$defs/problem/required',
                keyword: 'required',
                params: { missingProperty: 'rule' },
                message: "must have required property 'rule'",
                schema: schema201.required,
                parentSchema: schema201,
                data: data6,
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data6.message === void 0) {
              const err20 = {
                instancePath: instancePath + '/problems/' + i1,
                schemaPath: '#/$defs/problem/required',
                keyword: 'required',
                params: { missingProperty: 'message' },
                message: "must have required property 'message'",
                schema: schema201.required,
                parentSchema: schema201,
                data: data6,
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            for (const key1 in data6) {
              if (!(
                key1 === 'repo' ||
                key1 === 'path' ||
                key1 === 'pull' ||
                key1 === 'line' ||
                key1 === 'column' ||
                key1 === 'rule' ||
                key1 === 'message'
              )) {
                const err21 = {
                  instancePath: instancePath + '/problems/' + i1,
                  schemaPath: '#/$defs/problem/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key1 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema201,
                  data: data6,
                };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data6.repo !== void 0) {
              let data7 = data6.repo;
              if (typeof data7 !== 'string') {
                const err22 = {
                  instancePath: instancePath + '/problems/' + i1 + '/repo',
                  schemaPath: '#/$defs/problem/properties/repo/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema201.properties.repo.type,
                  parentSchema: schema201.properties.repo,
                  data: data7,
                };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data6.path !== void 0) {
              let data8 = data6.path;
              if (typeof data8 !== 'string') {
                const err23 = {
                  instancePath: instancePath + '/problems/' + i1 + '/path',
                  schemaPath: '#/$defs/problem/properties/path/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema201.properties.path.type,
                  parentSchema: schema201.properties.path,
                  data: data8,
                };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data6.pull !== void 0) {
              let data9 = data6.pull;
              if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
                const err24 = {
                  instancePath: instancePath + '/problems/' + i1 + '/pull',
                  schemaPath: '#/$defs/problem/properties/pull/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema201.properties.pull.type,
                  parentSchema: schema201.properties.pull,
                  data: data9,
                };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              if (typeof data9 == 'number' && isFinite(data9)) {
                if (data9 < 1 || isNaN(data9)) {
                  const err25 = {
                    instancePath: instancePath + '/problems/' + i1 + '/pull',
                    schemaPath: '#/$defs/problem/properties/pull/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 1 },
                    message: 'must be >= 1',
                    schema: 1,
                    parentSchema: schema201.properties.pull,
                    data: data9,
                  };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
            }
            if (data6.line !== void 0) {
              let data10 = data6.line;
              if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
                const err26 = {
                  instancePath: instancePath + '/problems/' + i1 + '/line',
                  schemaPath: '#/$defs/problem/properties/line/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema201.properties.line.type,
                  parentSchema: schema201.properties.line,
                  data: data10,
                };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              if (typeof data10 == 'number' && isFinite(data10)) {
                if (data10 < 1 || isNaN(data10)) {
                  const err27 = {
                    instancePath: instancePath + '/problems/' + i1 + '/line',
                    schemaPath: '#/$defs/problem/properties/line/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 1 },
                    message: 'must be >= 1',
                    schema: 1,
                    parentSchema: schema201.properties.line,
                    data: data10,
                  };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              }
            }
            if (data6.column !== void 0) {
              let data11 = data6.column;
              if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
                const err28 = {
                  instancePath: instancePath + '/problems/' + i1 + '/column',
                  schemaPath: '#/$defs/problem/properties/column/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema201.properties.column.type,
                  parentSchema: schema201.properties.column,
                  data: data11,
                };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
              if (typeof data11 == 'number' && isFinite(data11)) {
                if (data11 < 1 || isNaN(data11)) {
                  const err29 = {
                    instancePath: instancePath + '/problems/' + i1 + '/column',
                    schemaPath: '#/$defs/problem/properties/column/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 1 },
                    message: 'must be >= 1',
                    schema: 1,
                    parentSchema: schema201.properties.column,
                    data: data11,
                  };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              }
            }
            if (data6.rule !== void 0) {
              let data12 = data6.rule;
              if (typeof data12 !== 'string') {
                const err30 = {
                  instancePath: instancePath + '/problems/' + i1 + '/rule',
                  schemaPath: '#/$defs/problem/properties/rule/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema201.properties.rule.type,
                  parentSchema: schema201.properties.rule,
                  data: data12,
                };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data6.message !== void 0) {
              let data13 = data6.message;
              if (typeof data13 !== 'string') {
                const err31 = {
                  instancePath: instancePath + '/problems/' + i1 + '/message',
                  schemaPath: '#/$defs/problem/properties/message/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema201.properties.message.type,
                  parentSchema: schema201.properties.message,
                  data: data13,
                };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          } else {
            const err32 = {
              instancePath: instancePath + '/problems/' + i1,
              schemaPath: '#/$defs/problem/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema201.type,
              parentSchema: schema201,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = {
          instancePath: instancePath + '/problems',
          schemaPath: '#/properties/problems/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema187.properties.problems.type,
          parentSchema: schema187.properties.problems,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
  } else {
    const err34 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema187.type,
      parentSchema: schema187,
      data,
    };
    if (vErrors === null) {
      vErrors = [err34];
    } else {
      vErrors.push(err34);
    }
    errors++;
  }
  validate83.errors = vErrors;
  return errors === 0;
}
validate83.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export { calendar, policy, release, releases };
