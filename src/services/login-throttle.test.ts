import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addressKey, lockSeconds, LOGIN_LIMITS } from './login-throttle.ts';

test('IPv4 stays itself; IPv6 is keyed by its /64; mapped IPv4 is IPv4', () => {
  assert.equal(addressKey('192.0.2.10'), '192.0.2.10');
  assert.equal(addressKey('::ffff:192.0.2.10'), '192.0.2.10');
  assert.equal(addressKey('2001:db8:1:2::1'), addressKey('2001:db8:1:2:ffff:ffff:ffff:ffff'));
  assert.equal(addressKey('2001:0db8:0001:0002::9'), '2001:db8:1:2::/64');
  assert.notEqual(addressKey('2001:db8:1:2::1'), addressKey('2001:db8:1:3::1'));
  assert.equal(addressKey('::1'), '0:0:0:0::/64');
});

test('the lock starts at the free limit, doubles, and stops at the maximum', () => {
  const free = LOGIN_LIMITS.account.freeFailures;
  assert.equal(lockSeconds(free - 1, free), 0);
  assert.equal(lockSeconds(free, free), 60);
  assert.equal(lockSeconds(free + 1, free), 120);
  assert.equal(lockSeconds(free + 10, free), LOGIN_LIMITS.maxLockSeconds);
});
