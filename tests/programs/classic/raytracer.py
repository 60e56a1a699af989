"""A small ray tracer: spheres and a checkered plane, diffuse + specular light, shadows and one
bounce of reflection, rendered as ASCII shades with a rounded checksum."""
import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def norm(self):
        n = self.length()
        return self * (1.0 / n) if n else self

    def __repr__(self):
        return f"Vec({self.x:.3f}, {self.y:.3f}, {self.z:.3f})"


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.norm()

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, center, radius, brightness, reflect=0.0):
        self.center, self.radius = center, radius
        self.brightness, self.reflect = brightness, reflect

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        for t in (-b - root, -b + root):
            if t > 1e-6:
                return t
        return None

    def normal_at(self, p):
        return (p - self.center).norm()

    def shade_at(self, p):
        return self.brightness


class Plane:
    def __init__(self, point, normal, reflect=0.0):
        self.point, self.normal, self.reflect = point, normal.norm(), reflect

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > 1e-6 else None

    def normal_at(self, p):
        return self.normal

    def shade_at(self, p):
        return 0.9 if (math.floor(p.x) + math.floor(p.z)) % 2 == 0 else 0.25


class Scene:
    def __init__(self, objects, lights, ambient=0.08):
        self.objects, self.lights, self.ambient = objects, lights, ambient
        self.stats = {"rays": 0, "hits": 0, "shadowed": 0}

    def closest(self, ray):
        best, best_t = None, math.inf
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < best_t:
                best, best_t = obj, t
        return best, best_t

    def trace(self, ray, depth=0):
        self.stats["rays"] += 1
        obj, t = self.closest(ray)
        if obj is None:
            return 0.0
        self.stats["hits"] += 1
        p = ray.at(t)
        n = obj.normal_at(p)
        if n.dot(ray.direction) > 0:
            n = -n
        value = self.ambient * obj.shade_at(p)
        for light, power in self.lights:
            to_light = light - p
            dist = to_light.length()
            shadow_obj, st = self.closest(Ray(p + n * 1e-4, to_light))
            if shadow_obj is not None and st < dist:
                self.stats["shadowed"] += 1
                continue
            ldir = to_light.norm()
            diffuse = max(0.0, n.dot(ldir))
            half = (ldir - ray.direction).norm()
            specular = max(0.0, n.dot(half)) ** 24
            value += power * (diffuse * obj.shade_at(p) + 0.5 * specular)
        if obj.reflect > 0 and depth < 2:
            r = ray.direction - n * (2 * ray.direction.dot(n))
            value = value * (1 - obj.reflect) + obj.reflect * self.trace(Ray(p + n * 1e-4, r), depth + 1)
        return min(value, 1.0)


def camera_rays(width, height, eye, target, fov=60.0):
    forward = (target - eye).norm()
    right = forward.cross(Vec(0, 1, 0)).norm()
    up = right.cross(forward)
    scale = math.tan(math.radians(fov) / 2)
    aspect = width / height * 0.5
    for j in range(height):
        row = []
        for i in range(width):
            u = (2 * (i + 0.5) / width - 1) * scale * aspect
            v = (1 - 2 * (j + 0.5) / height) * scale
            row.append(Ray(eye, forward + right * u + up * v))
        yield j, row


SHADES = " .:-=+*#%@"

scene = Scene(
    [Sphere(Vec(0, 1, 5), 1.0, 0.8, 0.3),
     Sphere(Vec(-2.2, 0.6, 6.5), 0.6, 0.6),
     Sphere(Vec(1.9, 0.5, 4.2), 0.5, 1.0, 0.5),
     Plane(Vec(0, 0, 0), Vec(0, 1, 0), 0.2)],
    [(Vec(-4, 6, 0), 0.7), (Vec(5, 4, 2), 0.35)])

W, H = 48, 20
checksum = 0
total = 0.0
histogram = [0] * len(SHADES)
for j, rays in camera_rays(W, H, Vec(0, 1.6, 0), Vec(0, 0.8, 5)):
    line = []
    for ray in rays:
        v = scene.trace(ray)
        total += v
        k = min(len(SHADES) - 1, int(v * len(SHADES)))
        histogram[k] += 1
        checksum = (checksum * 31 + round(v * 255)) % 1000000007
        line.append(SHADES[k])
    print("|" + "".join(line) + "|")

print("checksum:", checksum)
print("mean brightness:", round(total / (W * H), 4))
print("histogram:", dict(zip(SHADES, histogram)))
print("stats:", scene.stats)
probe = Ray(Vec(0, 1, 0), Vec(0, 0, 1))
obj, t = scene.closest(probe)
print("probe hit:", type(obj).__name__, round(t, 6), probe.at(t))
print("cross:", Vec(1, 0, 0).cross(Vec(0, 1, 0)), "len:", round(Vec(3, 4, 12).length(), 3))
