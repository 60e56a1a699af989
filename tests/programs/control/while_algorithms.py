# while loops: digit reversal, integer square root by bisection, GCD steps, and a guessing game.
n = 1234567
rev = 0
while n:
    rev = rev * 10 + n % 10
    n //= 10
print(rev)
def isqrt(x):
    lo, hi = 0, x + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= x:
            lo = mid
        else:
            hi = mid
    return lo
print([isqrt(v) for v in [0, 1, 15, 16, 17, 10 ** 20, 2 ** 127]])
secret = 737
lo, hi = 1, 1000
guesses = []
while True:
    guess = (lo + hi) // 2
    guesses.append(guess)
    if guess == secret:
        break
    if guess < secret:
        lo = guess + 1
    else:
        hi = guess - 1
print(guesses, len(guesses))
a, b = 1071, 462
steps = 0
while b:
    a, b = b, a % b
    steps += 1
print(a, steps)
