# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# A SystemExit subclass escaping the script sets the exit status without a traceback.
class Finished(SystemExit):
    pass

class Job:
    def run(self):
        print("job ran")
        raise Finished(4)

Job().run()
print("not reached")
