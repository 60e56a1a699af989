# Toy RSA with big ints: primality (Miller-Rabin with fixed bases), modular inverse, encrypt/decrypt.
def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True

def next_prime(n):
    n += 1 + n % 2
    while not is_probable_prime(n):
        n += 2
    return n

def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError("not invertible")
    return x % m

p = next_prime(10 ** 40 + 12345)
q = next_prime(3 * 10 ** 39 + 6789)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print("p =", p)
print("q =", q)
print("n has", len(str(n)), "digits,", n.bit_length(), "bits")
print("d*e mod phi =", d * e % phi, "d == pow(e, -1, phi):", d == pow(e, -1, phi))
message = "Register machines rule!"
m = int.from_bytes(message.encode(), "big")
c = pow(m, e, n)
back = pow(c, d, n)
print("m =", m)
print("c =", c)
print(back.to_bytes((back.bit_length() + 7) // 8, "big").decode())
print([x for x in range(1, 100) if is_probable_prime(x)] == [x for x in range(2, 100) if all(x % k for k in range(2, x))])
print(is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 67 - 1), is_probable_prime(561))
